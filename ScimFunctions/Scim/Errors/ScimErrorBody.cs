using System.Text.Json.Nodes;
using ScimFunctions.Hosting;
using ScimFunctions.Scim.Json;

namespace ScimFunctions.Scim.Errors;

/// <summary>Writes the RFC 7644 §3.12 error body: <c>status</c> is a string, as the RFC requires.</summary>
public static class ScimErrorBody
{
    public static AppResponse ToResponse(ScimException error)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimJson.ErrorSchema),
            ["status"] = error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (error.ScimType is not null)
        {
            body["scimType"] = error.ScimType;
        }

        body["detail"] = error.Message;

        var response = new AppResponse(error.Status, ScimJson.Serialize(body), ScimJson.ContentType);
        foreach (var (name, value) in error.Headers)
        {
            response.Headers[name] = value;
        }

        if (error.Status == 401)
        {
            response.Headers["WWW-Authenticate"] = "Bearer";
        }

        return response;
    }
}
