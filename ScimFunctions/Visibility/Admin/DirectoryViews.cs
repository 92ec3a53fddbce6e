using System.Text.Json.Nodes;
using ScimFunctions.Storage;
using ScimFunctions.Visibility.Redaction;

namespace ScimFunctions.Visibility.Admin;

/// <summary>How stored users and groups look in the admin API.</summary>
internal static class DirectoryViews
{
    public static JsonObject Row(StoredResource resource) => new()
    {
        ["id"] = resource.Id,
        ["userName"] = resource.Data["userName"]?.DeepClone(),
        ["displayName"] = resource.Data["displayName"]?.DeepClone(),
        ["externalId"] = resource.Data["externalId"]?.DeepClone(),
        ["active"] = resource.Data["active"]?.DeepClone(),
        ["created"] = AdminHttp.Iso(resource.Created),
        ["lastModified"] = AdminHttp.Iso(resource.LastModified),
        ["version"] = resource.ETag,
    };

    /// <summary>The row and the whole stored JSON; a stray secret-named member is masked anyway.</summary>
    public static JsonObject Detail(StoredResource resource)
    {
        var view = Row(resource);
        var data = resource.Data.DeepClone();
        SecretRedactor.RedactJson(data);
        view["resource"] = data;
        return view;
    }
}
