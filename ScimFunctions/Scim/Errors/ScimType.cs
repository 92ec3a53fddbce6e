namespace ScimFunctions.Scim.Errors;

/// <summary>The <c>scimType</c> values of RFC 7644 §3.12.</summary>
public static class ScimType
{
    public const string InvalidFilter = "invalidFilter";
    public const string TooMany = "tooMany";
    public const string Uniqueness = "uniqueness";
    public const string Mutability = "mutability";
    public const string InvalidSyntax = "invalidSyntax";
    public const string InvalidPath = "invalidPath";
    public const string NoTarget = "noTarget";
    public const string InvalidValue = "invalidValue";
    public const string InvalidVers = "invalidVers";
    public const string Sensitive = "sensitive";
}
