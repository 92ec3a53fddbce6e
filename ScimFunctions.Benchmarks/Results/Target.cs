namespace ScimFunctions.Benchmarks.Results;

/// <summary>One of issue 6's targets, judged on this run's figures; a missed target fails nothing.</summary>
public sealed record Target(string Description, string Expression, double? Value, double Limit, bool AtMost)
{
    /// <summary>Why the value cannot be judged (a figure it needs failed requests), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>Null when a figure it needs was not measured in this run.</summary>
    public bool? Met => Value is null || Problem is not null ? null : AtMost ? Value <= Limit : Value >= Limit;

    public string Verdict => Problem ?? Met switch
    {
        true => "met",
        false => "missed",
        null => "not measured",
    };
}
