namespace Baton.Api.Extensions;

public static class BackgroundServiceRegistration
{
    /// <summary>
    /// A hosted service, left out of the build's run that only writes the OpenAPI document: that run
    /// has no Redis and no database, and serves nothing.
    /// </summary>
    public static IServiceCollection AddBackgroundService<T>(this IServiceCollection services)
        where T : class, IHostedService =>
        OpenApiDocumentGeneration.IsRunning ? services : services.AddHostedService<T>();

    /// <summary>The registered singleton <typeparamref name="T"/> as a hosted service, under the same rule.</summary>
    public static IServiceCollection AddSingletonAsBackgroundService<T>(this IServiceCollection services)
        where T : class, IHostedService =>
        OpenApiDocumentGeneration.IsRunning ? services : services.AddHostedService(provider => provider.GetRequiredService<T>());
}
