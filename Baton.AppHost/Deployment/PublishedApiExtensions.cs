namespace Baton.AppHost.Deployment;

public static class PublishedApiExtensions
{
    /// <summary>
    /// A deployed API takes traffic from the internet: browsers and bridges both dial in to it. Its
    /// ingress ends TLS and forwards plain http, so the API reads the forwarded scheme to know that
    /// browsers see https (its refresh cookie, HSTS and WebSocket policy depend on it).
    /// </summary>
    public static IResourceBuilder<ProjectResource> PublishAsPublicApi(this IResourceBuilder<ProjectResource> api) =>
        api.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? api.WithExternalHttpEndpoints().WithEnvironment("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "true")
            : api;
}
