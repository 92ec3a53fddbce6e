using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Tests.Scim.Patch;

/// <summary>Any PATCH either applies or fails with a 400; never an unhandled exception, never a changed input.</summary>
public sealed class PatchApplierRobustnessTests
{
    private static readonly string?[] Paths =
    [
        null, "members", "members[value eq \"u-1\"]", "members[display eq \"x\"]", "emails", "emails.value",
        "emails[type eq \"work\"]", "emails[type eq \"work\"].value", "emails[type eq \"work\"].primary", "name",
        "name.givenName", "manager", "manager.value", "manager[value eq \"u-1\"]", "active", "displayName", "id",
        "meta", "userName", "password", "roles", "groups", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "urn:x:y:z", "schemas", "addresses[",
    ];

    private static readonly string[] Values =
    [
        "null", "\"\"", "\"x\"", "\"True\"", "42", "true", "{}", "[]", "[{}]", "[{\"value\":\"u-1\"}]",
        "{\"value\":\"u-2\",\"type\":\"work\"}", "[\"a\",1,null]", "{\"name.givenName\":\"G\",\"members\":[{\"value\":\"u-3\"}]}",
        "{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"manager\":\"u-4\"}}",
    ];

    [Fact]
    public void Apply_RandomOperations_ApplyOrFailWith400AndNeverChangeInput()
    {
        var random = new Random(2101);
        foreach (var resourceType in ScimSchemas.ResourceTypes)
        {
            for (var round = 0; round < 1500; round++)
            {
                var resource = PatchTestData.User();
                var before = resource.DeepClone();
                var operations = string.Join(",", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Operation(random)));

                var error = Record.Exception(() => PatchApplier.Apply(resource, PatchTestData.Patch($"[{operations}]"), resourceType));

                Assert.True(error is null or ScimException { Status: 400 }, $"{operations}: {error}");
                Assert.True(JsonNode.DeepEquals(before, resource), operations);
            }
        }
    }

    private static string Operation(Random random)
    {
        var op = new[] { "add", "Replace", "remove" }[random.Next(3)];
        var path = Paths[random.Next(Paths.Length)];
        var value = random.Next(4) == 0 ? null : Values[random.Next(Values.Length)];
        var pathPart = path is null ? string.Empty : $",\"path\":{JsonValue.Create(path).ToJsonString()}";
        var valuePart = value is null ? string.Empty : $",\"value\":{value}";
        return $"{{\"op\":\"{op}\"{pathPart}{valuePart}}}";
    }
}
