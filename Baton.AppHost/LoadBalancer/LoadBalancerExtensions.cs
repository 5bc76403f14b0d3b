namespace Baton.AppHost.LoadBalancer;

public static class LoadBalancerExtensions
{
    /// <summary>
    /// One address in front of the API instances, handing each request and WebSocket to the next
    /// instance in turn with no affinity, as a deployment's load balancer would: what reaches Baton
    /// through it shows that no instance needs to be the one a client spoke to before.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddBatonLoadBalancer(
        this IDistributedApplicationBuilder builder,
        string name,
        params IResourceBuilder<ProjectResource>[] apis)
    {
        var loadBalancer = builder.AddBatonProject<Projects.Baton_LoadBalancer>(name)
            .WithHttpHealthCheck("/health");
        foreach (var api in apis)
        {
            loadBalancer.WithEnvironment($"ReverseProxy__Clusters__api__Destinations__{api.Resource.Name}__Address", api.GetEndpoint("http"))
                .WaitFor(api);
        }

        return loadBalancer;
    }
}
