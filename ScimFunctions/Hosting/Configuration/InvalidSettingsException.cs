namespace ScimFunctions.Hosting.Configuration;

/// <summary>Stops the host at start; its message holds one line per setting problem.</summary>
public sealed class InvalidSettingsException : Exception
{
    public InvalidSettingsException(IReadOnlyList<string> problems)
        : base(Describe(problems)) => Problems = problems;

    public InvalidSettingsException()
        : this([])
    {
    }

    public InvalidSettingsException(string message)
        : base(message) => Problems = [message];

    public InvalidSettingsException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        $"The application cannot start: {problems.Count} setting problem(s)."
        + string.Concat(problems.Select(problem => Environment.NewLine + "  - " + problem));
}
