namespace ScimFunctions.Hosting.Routing;

/// <summary>A set of related routes (Users, Groups, discovery, administration...).</summary>
public interface IEndpointGroup
{
    void Map(RouteTable routes);
}
