using Microsoft.Extensions.Configuration;

namespace Baton.AppHost;

/// <summary>
/// The AppHost's secret parameters. They are generated on first run and kept in the AppHost's
/// user secrets; a deployment asks for them. The seed (first user, local bridge token) exists
/// only in a local run, where nobody should have to set anything up by hand.
/// </summary>
public sealed record BatonSecrets(
    IResourceBuilder<ParameterResource> SigningKey,
    LocalSeed? Seed,
    IResourceBuilder<ParameterResource>? BridgeToken);

/// <summary>What the API seeds in a local run: a first user and the local bridge's token.</summary>
public sealed record LocalSeed(IResourceBuilder<ParameterResource> Email, IResourceBuilder<ParameterResource> Password);

public static class BatonSecretsExtensions
{
    public static BatonSecrets AddBatonSecrets(this IDistributedApplicationBuilder builder, BatonSettings settings)
    {
        var runMode = builder.ExecutionContext.IsRunMode;
        var signingKey = builder.AddParameter("jwt-signing-key", Generated(48), secret: true, persist: runMode);
        var seed = runMode
            ? new LocalSeed(
                // A fixed value would win over configuration; read it so a setting (or a test) can choose another.
                builder.AddParameter("seed-email", builder.Configuration["Parameters:seed-email"] ?? "you@baton.local"),
                builder.AddParameter("seed-password", Generated(16), secret: true, persist: true))
            : null;
        // A local run seeds its local bridge unless told there is none (Baton:SeedLocalBridge=false, run.sh --no-bridge).
        var seedLocalBridge = runMode && builder.Configuration.GetValue("Baton:SeedLocalBridge", true);
        var bridgeToken = seedLocalBridge || settings.WithBridge
            ? builder.AddParameter("bridge-token", Generated(40), secret: true, persist: runMode)
            : null;
        return new BatonSecrets(signingKey, seed, bridgeToken);
    }

    private static GenerateParameterDefault Generated(int length) => new() { MinLength = length, Special = false };
}
