using Microsoft.Extensions.Configuration;

namespace Baton.AppHost;

/// <summary>
/// The AppHost's secret parameters. Locally they are generated on first run and kept in the
/// AppHost's user secrets, so nobody has to set anything up by hand; a deployment asks for them
/// or generates them (see the README's Deploy section).
/// </summary>
public sealed record BatonSecrets(
    IResourceBuilder<ParameterResource> SigningKey,
    FirstUser FirstUser,
    IResourceBuilder<ParameterResource>? BridgeToken,
    IResourceBuilder<ParameterResource> VapidPrivateKey);

/// <summary>The account the API creates at start if it is missing: the only way in while sign-up is closed.</summary>
public sealed record FirstUser(IResourceBuilder<ParameterResource> Email, IResourceBuilder<ParameterResource> Password);

public static class BatonSecretsExtensions
{
    public static BatonSecrets AddBatonSecrets(this IDistributedApplicationBuilder builder, BatonSettings settings)
    {
        var runMode = builder.ExecutionContext.IsRunMode;
        var signingKey = builder.AddParameter("jwt-signing-key", Generated(48), secret: true, persist: runMode);
        // A local run seeds its local bridge unless told there is none (Baton:SeedLocalBridge=false, run.sh --no-bridge).
        var seedLocalBridge = runMode && builder.Configuration.GetValue("Baton:SeedLocalBridge", true);
        var bridgeToken = seedLocalBridge || settings.WithBridge
            ? builder.AddParameter("bridge-token", Generated(40), secret: true, persist: runMode)
            : null;
        var vapidPrivateKey = runMode
            ? builder.AddParameter("vapid-private-key", new GeneratedVapidKey(), secret: true, persist: true)
            : builder.AddParameter("vapid-private-key", secret: true)
                .WithDescription("The Web Push (VAPID) private key: a P-256 key's 32 bytes in base64url (the README's Deploy section shows how to make one).");
        return new BatonSecrets(signingKey, builder.AddFirstUser(), bridgeToken, vapidPrivateKey);
    }

    private static FirstUser AddFirstUser(this IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            // No defaults: a deployment asks whoever deploys for the owner's email and password.
            return new FirstUser(
                builder.AddParameter("seed-email").WithDescription("Email of the first user, who signs in to the deployed Baton."),
                builder.AddParameter("seed-password", secret: true).WithDescription("Password of the first user (8 characters or more)."));
        }

        return new FirstUser(
            // A fixed value would win over configuration; read it so a setting (or a test) can choose another.
            builder.AddParameter("seed-email", builder.Configuration["Parameters:seed-email"] ?? "you@baton.local"),
            builder.AddParameter("seed-password", Generated(16), secret: true, persist: true));
    }

    private static GenerateParameterDefault Generated(int length) => new() { MinLength = length, Special = false };
}
