namespace ScimFunctions.Scim.Errors;

/// <summary>
/// A fault the client can act on, raised where it is found and turned into an RFC 7644 §3.12
/// error body in exactly one place (the error middleware). Use the factories in
/// <see cref="ScimErrors"/> so that the wording lives in one home.
/// </summary>
public sealed class ScimException : Exception
{
    public ScimException(int status, string? scimType, string detail)
        : base(detail)
    {
        Status = status;
        ScimType = scimType;
    }

    public ScimException()
        : this(400, null, "Bad request.")
    {
    }

    public ScimException(string message)
        : this(400, null, message)
    {
    }

    public ScimException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 400;
    }

    public int Status { get; }

    public string? ScimType { get; }

    /// <summary>Headers the error response must carry, such as <c>Allow</c> on a 405.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
}
