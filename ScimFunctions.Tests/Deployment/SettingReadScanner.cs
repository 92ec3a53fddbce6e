using System.Text.RegularExpressions;

namespace ScimFunctions.Tests.Deployment;

/// <summary>
/// Finds the setting names that source code reads with a string literal: configuration
/// indexers, <c>GetValue</c>/<c>GetSection</c>/<c>GetConnectionString</c>, environment variables
/// and <c>%Name%</c> binding expressions. Reads through <c>SettingNames</c> constants are found
/// by reflection instead; this scan exists to catch a setting read anywhere else.
/// </summary>
internal static partial class SettingReadScanner
{
    public static IReadOnlySet<string> Scan(string source)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in new[] { IndexerRead(), MethodRead(), BindingExpression() })
        {
            foreach (Match match in pattern.Matches(source))
            {
                names.Add(TopLevel(match.Groups["name"].Value));
            }
        }

        return names;
    }

    public static IReadOnlySet<string> ScanFolders(params string[] folders)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var files = folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file));
        foreach (var file in files)
        {
            names.UnionWith(Scan(File.ReadAllText(file)));
        }

        return names;
    }

    // "AzureWebJobsStorage:accountName" and "AzureWebJobsStorage__accountName" are parts of one setting.
    private static string TopLevel(string name) => name.Split([":", "__"], StringSplitOptions.None)[0];

    private static bool IsBuildOutput(string file)
    {
        var separator = Path.DirectorySeparatorChar;
        return file.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
            || file.Contains($"{separator}obj{separator}", StringComparison.Ordinal);
    }

    [GeneratedRegex("""\w*[Cc]onfig\w*\s*\[\s*"(?<name>[A-Za-z_][\w:]*)"\s*\]""")]
    private static partial Regex IndexerRead();

    [GeneratedRegex("""
        (?:GetValue(?:<[^>]+>)?|GetSection|GetRequiredSection|GetConnectionString|GetEnvironmentVariable)
        \(\s*"(?<name>[A-Za-z_][\w:]*)"\s*[,)]
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex MethodRead();

    [GeneratedRegex("""
        "%(?<name>[A-Za-z_]\w*)%"
        """)]
    private static partial Regex BindingExpression();
}
