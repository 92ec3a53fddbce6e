using System.Globalization;
using System.Text.Json.Nodes;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// Entra-shaped users: the attributes a default Entra mapping sends (names, work e-mail, phones,
/// work address, enterprise extension with a manager), deterministic per index so that two runs
/// seed the same tenant.
/// </summary>
public static class UserFactory
{
    public const string CoreSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static readonly string[] GivenNames =
        ["Ada", "Bram", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kofi", "Lena"];

    private static readonly string[] FamilyNames =
        ["Almeida", "Berg", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jansen"];

    private static readonly string[] Departments =
        ["Finance", "Engineering", "Sales", "Support", "Legal", "Marketing", "Operations", "Research"];

    private static readonly string[] Cities = ["Lisbon", "Oslo", "Osaka", "Austin", "Nairobi", "Utrecht"];

    /// <summary>The userName of user <paramref name="index"/> in a tenant tagged <paramref name="tag"/>.</summary>
    public static string UserName(string tag, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{Given(index).ToLowerInvariant()}.{index}.{tag}@contoso.example");

    public static JsonObject Create(string tag, int index, string? managerId)
    {
        var given = Given(index);
        var family = FamilyNames[(index / GivenNames.Length) % FamilyNames.Length];
        var userName = UserName(tag, index);
        var department = Departments[index % Departments.Length];
        var city = Cities[index % Cities.Length];
        var number = index.ToString("D7", CultureInfo.InvariantCulture);
        var enterprise = new JsonObject
        {
            ["employeeNumber"] = "E-" + number,
            ["department"] = department,
            ["costCenter"] = "CC-" + (index % 97).ToString("D3", CultureInfo.InvariantCulture),
            ["organization"] = "Contoso",
            ["division"] = department + " EMEA",
        };
        if (managerId is not null)
        {
            enterprise["manager"] = new JsonObject { ["value"] = managerId };
        }

        return new JsonObject
        {
            ["schemas"] = new JsonArray(CoreSchema, EnterpriseSchema),
            ["userName"] = userName,
            ["externalId"] = Guid.CreateVersion7().ToString(),
            ["active"] = true,
            ["displayName"] = $"{given} {family}",
            ["name"] = new JsonObject
            {
                ["givenName"] = given,
                ["familyName"] = family,
                ["formatted"] = $"{given} {family}",
            },
            ["title"] = department + " Specialist",
            ["preferredLanguage"] = "en-US",
            ["emails"] = new JsonArray(new JsonObject
            {
                ["value"] = userName,
                ["type"] = "work",
                ["primary"] = true,
            }),
            ["phoneNumbers"] = new JsonArray(
                new JsonObject { ["value"] = "+1 555 01" + number, ["type"] = "work" },
                new JsonObject { ["value"] = "+1 555 02" + number, ["type"] = "mobile" }),
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["type"] = "work",
                ["streetAddress"] = (index % 400) + " Harbour Street",
                ["locality"] = city,
                ["postalCode"] = (10000 + (index % 89999)).ToString(CultureInfo.InvariantCulture),
                ["country"] = "US",
                ["primary"] = true,
            }),
            [EnterpriseSchema] = enterprise,
        };
    }

    private static string Given(int index) => GivenNames[index % GivenNames.Length];
}
