namespace ScimFunctions.Tests.Deployment;

/// <summary>Finds the repository's own files from the test's build output.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// The Functions project's build output for the configuration these tests were built with,
    /// which is the folder the Functions host loads (and what <c>dotnet publish</c> starts from).
    /// </summary>
    public static string FunctionsOutput()
    {
        var testProject = PathOf("ScimFunctions.Tests");
        var relative = Path.GetRelativePath(testProject, AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(PathOf("ScimFunctions"), relative));
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SCIMTool.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SCIMTool.sln was not found above the test output folder.");
    }
}
