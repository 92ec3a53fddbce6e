namespace ScimFunctions.Scim.Schema;

/// <summary>RFC 7643 §2.3 data types.</summary>
public enum AttributeType
{
    String,
    Boolean,
    Decimal,
    Integer,
    DateTime,
    Binary,
    Reference,
    Complex,
}

/// <summary>RFC 7643 §7 <c>mutability</c>.</summary>
public enum Mutability
{
    ReadWrite,
    ReadOnly,
    Immutable,
    WriteOnly,
}

/// <summary>RFC 7643 §7 <c>returned</c>.</summary>
public enum Returned
{
    Default,
    Always,
    Never,
    Request,
}

/// <summary>RFC 7643 §7 <c>uniqueness</c>.</summary>
public enum Uniqueness
{
    None,
    Server,
    Global,
}
