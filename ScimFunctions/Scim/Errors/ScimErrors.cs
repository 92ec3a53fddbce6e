namespace ScimFunctions.Scim.Errors;

/// <summary>
/// Every client-facing error the service raises, so that tests and documentation refer to the
/// same wording. Details never echo secrets and name the offending input only where it helps.
/// </summary>
public static class ScimErrors
{
    public static ScimException InvalidFilter(string why) =>
        new(400, ScimType.InvalidFilter, $"The filter is not valid: {why}");

    public static ScimException InvalidSyntax(string why) =>
        new(400, ScimType.InvalidSyntax, why);

    public static ScimException MalformedJson() =>
        new(400, ScimType.InvalidSyntax, "The request body is not valid JSON.");

    public static ScimException BodyRequired() =>
        new(400, ScimType.InvalidSyntax, "The request needs a JSON body.");

    public static ScimException BodyNotObject() =>
        new(400, ScimType.InvalidSyntax, "The request body must be a JSON object.");

    public static ScimException InvalidParameter(string name) =>
        new(400, ScimType.InvalidValue, $"The query parameter '{name}' is not valid.");

    public static ScimException InvalidValue(string why) =>
        new(400, ScimType.InvalidValue, why);

    /// <summary>A group member that is neither a stored User nor a stored Group (RFC 7644 §3.12).</summary>
    public static ScimException UnknownMembers(IEnumerable<string> ids) =>
        new(400, ScimType.InvalidValue, $"No User or Group has the id(s) {string.Join(", ", ids.Select(id => $"'{id}'"))}; "
            + "the request was not applied.");

    public static ScimException SelfMember(string id) =>
        new(400, ScimType.InvalidValue, $"Group '{id}' cannot be a member of itself.");

    /// <summary>A value of the wrong JSON type, such as a userName given as a number.</summary>
    public static ScimException WrongValueType(string attribute, string expected) =>
        new(400, ScimType.InvalidValue, $"The attribute '{attribute}' must be {expected}.");

    public static ScimException MemberWithoutValue() =>
        new(400, ScimType.InvalidValue, "Every member needs a 'value' holding the member's id.");

    public static ScimException InvalidPath(string path) =>
        new(400, ScimType.InvalidPath, $"The path '{path}' is not valid for this resource.");

    public static ScimException InvalidPath(string path, string why) =>
        new(400, ScimType.InvalidPath, $"The path '{path}' is not valid for this resource: {why}.");

    /// <summary>RFC 7644 §3.5.2.2: a remove names its target.</summary>
    public static ScimException RemoveNeedsPath() =>
        new(400, ScimType.NoTarget, "A remove operation needs a path.");

    public static ScimException RequiredAttribute(string attribute) =>
        new(400, ScimType.InvalidValue, $"The attribute '{attribute}' is required and cannot be removed.");

    /// <summary>Names the failing PATCH operation (1-based) so that the client can find it.</summary>
    public static ScimException PatchOperationFailed(int number, string op, string? path, ScimException cause)
    {
        var target = path is null ? "without a path" : $"on '{Shorten(path)}'";
        var detail = $"Operation {number} ({op} {target}) failed: {cause.Message}";
        return new ScimException(cause.Status, cause.ScimType, detail);
    }

    public static ScimException NoTarget(string path) =>
        new(400, ScimType.NoTarget, $"The path '{path}' selects no value.");

    public static ScimException Mutability(string attribute) =>
        new(400, ScimType.Mutability, $"The attribute '{attribute}' cannot be changed.");

    public static ScimException Uniqueness(string attribute) =>
        new(409, ScimType.Uniqueness, $"Another resource already has this {attribute}.");

    public static ScimException TooMany(string why) =>
        new(400, ScimType.TooMany, why);

    public static ScimException NotFound(string resourceType, string id) =>
        new(404, null, $"{resourceType} '{id}' was not found.");

    public static ScimException NoSuchEndpoint() =>
        new(404, null, "There is no SCIM endpoint at this path.");

    public static ScimException MethodNotAllowed(IEnumerable<string> allowed)
    {
        var list = string.Join(", ", allowed.Distinct());
        var error = new ScimException(405, null, $"This endpoint accepts {list}.");
        error.Headers["Allow"] = list;
        return error;
    }

    public static ScimException PreconditionFailed() =>
        new(412, null, "The resource has changed: its version does not match If-Match.");

    public static ScimException PayloadTooLarge(long limit) =>
        new(413, null, $"The request body is larger than {limit} bytes.");

    public static ScimException UnsupportedMediaType() =>
        new(415, null, "Send the body as application/scim+json or application/json.");

    public static ScimException Unauthorized() =>
        new(401, null, "A valid bearer token is required.");

    public static ScimException NotImplemented(string feature) =>
        new(501, null, $"{feature} is not supported by this service.");

    /// <summary>A 500 deliberately says nothing of the cause; the exception is logged instead.</summary>
    public static ScimException Internal() =>
        new(500, null, "The service failed to process the request. It has been logged.");

    public static ScimException Unavailable(string why) =>
        new(503, null, why);

    /// <summary>The start-up restore keeps failing (backup store unreachable); serving would show an empty database.</summary>
    public static ScimException RestorePending()
    {
        var error = new ScimException(503, null, "The service is restoring its data from the backup store. Retry shortly.");
        error.Headers["Retry-After"] = "10";
        return error;
    }

    /// <summary>Another instance holds the writer lease; this one serves reads only.</summary>
    public static ScimException NotWriter()
    {
        var error = new ScimException(503, null, "This instance is not the writer at the moment. Retry shortly.");
        error.Headers["Retry-After"] = "10";
        return error;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
