using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Storage;

namespace ScimFunctions.Visibility.Activity;

/// <summary>
/// Finds display names for ids (a manager, group members) when the event is written, so the
/// feed still names a member after it is deleted. Absent ids keep their id.
/// </summary>
public sealed class NameResolver
{
    private readonly IServiceScopeFactory _scopes;

    public NameResolver(IServiceScopeFactory scopes) => _scopes = scopes;

    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IEnumerable<string> ids, CancellationToken cancellation)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var wanted = ids.Distinct(StringComparer.Ordinal).Take(200).ToList();
        if (wanted.Count == 0)
        {
            return names;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetService<IScimRepository>();
        if (repository is null)
        {
            return names;
        }

        foreach (var id in wanted)
        {
            var resource = await repository.GetAsync(ResourceKind.User, id, false, cancellation)
                ?? await repository.GetAsync(ResourceKind.Group, id, false, cancellation);
            if (resource is not null && DisplayName(resource) is { } name)
            {
                names[id] = name;
            }
        }

        return names;
    }

    /// <summary>A user's displayName, else its userName; a group's displayName.</summary>
    public static string? DisplayName(StoredResource resource) =>
        (string?)(resource.Data["displayName"] as System.Text.Json.Nodes.JsonValue)
        ?? (string?)(resource.Data["userName"] as System.Text.Json.Nodes.JsonValue);
}
