namespace Baton.AppHost.Deployment;

public static class PublishedApiExtensions
{
    /// <summary>A deployed API takes traffic from the internet: browsers and bridges both dial in to it.</summary>
    public static IResourceBuilder<ProjectResource> PublishAsPublicApi(this IResourceBuilder<ProjectResource> api) =>
        api.ApplicationBuilder.ExecutionContext.IsPublishMode ? api.WithExternalHttpEndpoints() : api;
}
