namespace ScimFunctions.Storage;

public enum ResourceKind
{
    User,
    Group,
}
