using System.Text.Json;
using System.Text.Json.Nodes;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Scim.Schema;

namespace ScimFunctions.Scim.Resources;

/// <summary>
/// Turns what a client sent (POST or PUT body, or a PATCH result) into the canonical JSON that is
/// stored: attribute names in canonical spelling, values checked against the schema's types, nulls
/// dropped, read-only attributes ignored, members and password taken out, and <c>schemas</c>
/// rebuilt from the data. Policies, with the Entra cases behind them, are in docs/resources.md.
/// </summary>
public static class ResourceNormalizer
{
    private static readonly AttributeDefinition Members = ScimSchemas.Group.FindAttribute("members")!;

    /// <summary>
    /// Normalises <paramref name="input"/>, which is not modified. Throws a 400
    /// <c>invalidValue</c> ScimException naming the attribute for a value of the wrong type or a
    /// missing required attribute.
    /// </summary>
    public static NormalizedResource Normalize(JsonObject input, ResourceTypeDefinition resourceType)
    {
        var data = new ResourceData(resourceType);
        string? password = null;
        IReadOnlyList<MemberReference>? members = null;
        foreach (var (key, value) in input)
        {
            var target = TopLevelKey.Classify(key, value is JsonObject, resourceType);
            switch (target.Kind)
            {
                case TopLevelKeyKind.CoreAttribute:
                    var attribute = FindCoreAttribute(resourceType, target.Name!);
                    if (ReferenceEquals(attribute, Members))
                    {
                        members = GroupMembersReader.Read(value);
                    }
                    else if (attribute?.Name == "password")
                    {
                        password = ReadPassword(value);
                    }
                    else if (attribute is { Mutability: not Mutability.ReadOnly })
                    {
                        // id, meta and groups are the service's to set; Entra sends meta on create (E-13).
                        data.SetCore(attribute, AttributeNormalizer.Normalize(value, attribute, attribute.Name));
                    }

                    break;
                case TopLevelKeyKind.ExtensionObject:
                    SetExtensionObject(data, target.Schema!, value);
                    break;
                case TopLevelKeyKind.ExtensionAttribute:
                    SetExtensionAttribute(data, target.Schema!, target.Name!, value);
                    break;
                case TopLevelKeyKind.UnknownExtensionObject:
                    data.SetUnknownExtension(target.Urn!, (JsonObject)value!);
                    break;
                case TopLevelKeyKind.UnknownExtensionAttribute:
                    data.SetUnknownExtensionAttribute(target.Urn!, target.Name!, value);
                    break;
            }
        }

        RequireAttributes(data, resourceType);
        return new NormalizedResource(data.ToJson(), members, password);
    }

    private static AttributeDefinition? FindCoreAttribute(ResourceTypeDefinition resourceType, string name) =>
        resourceType.Schema.FindAttribute(name)
        ?? ScimSchemas.Common.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static void SetExtensionObject(ResourceData data, SchemaDefinition extension, JsonNode? value)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonObject attributes)
        {
            throw ScimErrors.WrongValueType(extension.Id, "an object");
        }

        foreach (var (name, attributeValue) in attributes)
        {
            SetExtensionAttribute(data, extension, name, attributeValue);
        }
    }

    private static void SetExtensionAttribute(
        ResourceData data, SchemaDefinition extension, string name, JsonNode? value)
    {
        var attribute = extension.FindAttribute(name);
        if (attribute is null or { Mutability: Mutability.ReadOnly })
        {
            return;
        }

        var path = $"{extension.Id}:{attribute.Name}";
        data.SetExtension(attribute, AttributeNormalizer.Normalize(value, attribute, path));
    }

    private static string? ReadPassword(JsonNode? value) => value switch
    {
        null => null,
        JsonValue text when text.GetValueKind() == JsonValueKind.String =>
            text.GetValue<string>() is { Length: > 0 } password ? password : null,
        _ => throw ScimErrors.WrongValueType("password", "a string"),
    };

    private static void RequireAttributes(ResourceData data, ResourceTypeDefinition resourceType)
    {
        foreach (var attribute in resourceType.Schema.Attributes.Where(a => a.Required))
        {
            var value = data.GetCore(attribute);
            var blank = value is null
                || value is JsonValue text
                    && text.GetValueKind() == JsonValueKind.String
                    && string.IsNullOrWhiteSpace(text.GetValue<string>());
            if (blank)
            {
                throw ScimErrors.RequiredAttribute(attribute.Name);
            }
        }
    }
}
