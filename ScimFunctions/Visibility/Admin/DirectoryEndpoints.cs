using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScimFunctions.Hosting;
using ScimFunctions.Hosting.Routing;
using ScimFunctions.Scim.Errors;
using ScimFunctions.Scim.Filters;
using ScimFunctions.Storage;

namespace ScimFunctions.Visibility.Admin;

/// <summary>
/// Users and groups as the admin page shows them: search by name, and one resource with its
/// group memberships or its members. Reads go through the repository, never its tables.
/// </summary>
public sealed class DirectoryEndpoints : IEndpointGroup
{
    /// <summary>Members listed with a group at most; the total is always given.</summary>
    public const int MembersShown = 500;

    public void Map(RouteTable routes) => routes
        .Map("GET", "/scim/admin/users", AccessPolicy.Admin, context => SearchAsync(context, ResourceKind.User))
        .Map("GET", "/scim/admin/users/{id}", AccessPolicy.Admin, UserAsync)
        .Map("GET", "/scim/admin/groups", AccessPolicy.Admin, context => SearchAsync(context, ResourceKind.Group))
        .Map("GET", "/scim/admin/groups/{id}", AccessPolicy.Admin, GroupAsync);

    /// <summary>A case-insensitive substring search over the names people look for.</summary>
    public static FilterNode? SearchFilter(ResourceKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string[] attributes = kind == ResourceKind.User
            ? ["userName", "displayName", "externalId"]
            : ["displayName", "externalId"];
        return attributes
            .Select(name => (FilterNode)new ComparisonFilter(
                new AttributePath(null, name), ComparisonOperator.Co, JsonValue.Create(text.Trim())))
            .Aggregate((left, right) => new LogicalFilter(LogicalOperator.Or, left, right));
    }

    private static async Task<AppResponse> SearchAsync(RequestContext context, ResourceKind kind)
    {
        var offset = AdminHttp.Int(context, "offset", 0, 0, int.MaxValue);
        var limit = AdminHttp.Int(context, "limit", 50, 1, AdminHttp.MaxLimit);
        var query = new ResourceQuery(SearchFilter(kind, AdminHttp.Text(context, "q")), offset + 1, limit, false,
            new AttributePath(null, kind == ResourceKind.User ? "userName" : "displayName"));

        var page = await Repository(context).QueryAsync(kind, query, context.Cancellation);
        return AdminHttp.Json(new JsonObject
        {
            ["total"] = page.TotalResults,
            ["offset"] = offset,
            ["limit"] = limit,
            ["items"] = new JsonArray([.. page.Resources.Select(DirectoryViews.Row)]),
        });
    }

    private static async Task<AppResponse> UserAsync(RequestContext context)
    {
        var id = context.RouteValue("id");
        var repository = Repository(context);

        var user = await repository.GetAsync(ResourceKind.User, id, false, context.Cancellation)
            ?? throw ScimErrors.NotFound("User", id);
        var groups = await repository.GetGroupsOfMemberAsync(id, context.Cancellation);
        var view = DirectoryViews.Detail(user);
        view["groups"] = new JsonArray([.. groups.Select(g => new JsonObject { ["id"] = g.Value, ["name"] = g.Display })]);
        return AdminHttp.Json(view);
    }

    private static async Task<AppResponse> GroupAsync(RequestContext context)
    {
        var id = context.RouteValue("id");
        var repository = Repository(context);

        var group = await repository.GetAsync(ResourceKind.Group, id, true, context.Cancellation)
            ?? throw ScimErrors.NotFound("Group", id);
        var members = group.Members ?? [];
        var shown = new JsonArray();
        foreach (var member in members.Take(MembersShown))
        {
            var name = member.Display ?? await NameOfAsync(repository, member.Value, context.Cancellation);
            shown.Add(new JsonObject { ["id"] = member.Value, ["type"] = member.Type, ["name"] = name });
        }

        var view = DirectoryViews.Detail(group);
        view["memberCount"] = members.Count;
        view["members"] = shown;
        return AdminHttp.Json(view);
    }

    private static async Task<string?> NameOfAsync(IScimRepository repository, string id, CancellationToken cancellation)
    {
        var resource = await repository.GetAsync(ResourceKind.User, id, false, cancellation)
            ?? await repository.GetAsync(ResourceKind.Group, id, false, cancellation);
        return resource is null ? null : Activity.NameResolver.DisplayName(resource);
    }

    private static IScimRepository Repository(RequestContext context) =>
        context.Services.GetService<IScimRepository>() ?? throw ScimErrors.Unavailable("The resource store is not available.");
}
