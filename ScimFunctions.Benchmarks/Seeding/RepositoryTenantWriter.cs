using System.Text.Json.Nodes;
using ScimFunctions.Scim.Patch;
using ScimFunctions.Storage;

namespace ScimFunctions.Benchmarks.Seeding;

/// <summary>
/// Seeds through <see cref="IScimRepository.CreateAsync"/>, one resource per write transaction,
/// so the rows are exactly what the service writes.
/// </summary>
public sealed class RepositoryTenantWriter(IScimRepository repository) : ITenantWriter
{
    public string Path => "IScimRepository.CreateAsync";

    public async Task<string[]> AddUsersAsync(string tag, int start, int count, CancellationToken cancellation)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            var data = UserFactory.Create(tag, start + i, managerId: i > 0 ? ids[i - 1] : null);
            var created = await repository.CreateAsync(ResourceKind.User, new NewResource(data, null, null), cancellation);
            ids[i] = created.Id;
        }

        return ids;
    }

    public async Task<string> AddGroupAsync(string displayName, IReadOnlyList<string> memberIds, CancellationToken cancellation)
    {
        var data = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = displayName,
        };
        var members = memberIds.Select(id => new MemberReference(id, "User")).ToList();
        var created = await repository.CreateAsync(ResourceKind.Group, new NewResource(data, members, null), cancellation);
        return created.Id;
    }
}
