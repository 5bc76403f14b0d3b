using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Baton.AppHost;

public static class SignInHint
{
    /// <summary>Tells the person at the console where to open Baton and how to sign in, once the web app answers.</summary>
    public static void PrintSignInHintWhenReady(
        this IDistributedApplicationBuilder builder,
        IResourceBuilder<ExecutableResource> frontend,
        FirstUser firstUser)
    {
        builder.Eventing.Subscribe<ResourceReadyEvent>(frontend.Resource, async (readyEvent, cancellationToken) =>
        {
            var logger = readyEvent.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Baton");
            var url = frontend.GetEndpoint("http").Url;
            logger.LogInformation(
                "Baton is ready at {Url} - sign in as {Email} with password {Password} (also shown as parameters on the dashboard).",
                url,
                await firstUser.Email.Resource.GetValueAsync(cancellationToken),
                await firstUser.Password.Resource.GetValueAsync(cancellationToken));
        });
    }
}
