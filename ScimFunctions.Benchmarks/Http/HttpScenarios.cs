using ScimFunctions.Benchmarks.Seeding;

namespace ScimFunctions.Benchmarks.Http;

/// <summary>
/// The wrk runs in the order they are measured: baselines first and last, reads before writes,
/// deletes at the end so that lookups never ask for a deleted user.
/// </summary>
public static class HttpScenarios
{
    public static IReadOnlyList<HttpScenario> For(RequestFiles files, SeededTenant tenant, string token, string tag, string threads) =>
        [
            new("http.bare.start", "Bare Kestrel endpoint, small JSON, first run",
                null, true, "get-paths.lua", [files.BarePath, token]),
            new("http.health", "Self-host GET /scim/health (pipeline, no storage)",
                "http.bare", false, "get-paths.lua", [files.HealthPath, token]),
            new("http.users.filter", "GET /Users?filter=userName eq (half missing)",
                "http.bare", false, "get-paths.lua", [files.FilterPaths, token]),
            new("http.users.id", "GET /Users/{id}",
                "http.bare", false, "get-paths.lua", [files.IdPaths, token]),
            new("http.groups.small.excluded", "GET /Groups/{small}?excludedAttributes=members",
                "http.bare", false, "get-paths.lua", [files.SmallExcluded, token]),
            new("http.groups.big.excluded", "GET /Groups/{big}?excludedAttributes=members",
                "http.groups.small.excluded", false, "get-paths.lua", [files.BigExcluded, token]),
            new("http.groups.big.full", "GET /Groups/{big} with all members",
                "http.groups.big.excluded", false, "get-paths.lua", [files.BigFull, token]),
            new("http.members.small", "PATCH /Groups/{small}: one member add or remove",
                "http.bare", false, "members.lua", [files.Candidates, token, tenant.SmallGroupId, threads]),
            new("http.members.big", "PATCH /Groups/{big}: one member add or remove",
                "http.members.small", false, "members.lua", [files.Candidates, token, tenant.BigGroupId, threads]),
            new("http.users.post", "POST /Users",
                "http.bare", false, "post-users.lua", [tag, token]),
            new("http.users.patch", "PATCH /Users/{id} (Entra replace ops)",
                "http.bare", false, "patch-users.lua", [files.ReadableIds, token]),
            new("http.mixed", "Mixed Entra cycle (70 % reads, 30 % writes)",
                "http.bare", false, "mixed.lua", [files.ExistingFilterPaths, files.ReadableIds, files.OtherGroups, token, tag]),
            new("http.users.delete", "DELETE /Users/{id}",
                "http.bare", false, "delete-users.lua", [files.DeleteIds, token, threads]),
            new("http.bare.end", "Bare Kestrel endpoint, small JSON, last run",
                null, true, "get-paths.lua", [files.BarePath, token]),
        ];
}
