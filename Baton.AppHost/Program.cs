using Baton.AppHost;
using Baton.AppHost.Frontend;
using Baton.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
var settings = BatonSettings.Read(builder);

// Secrets are generated on first run and kept in the AppHost's user secrets.
var signingKey = builder.AddParameter("jwt-signing-key", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true, persist: true);
var seedEmail = builder.AddParameter("seed-email", "you@baton.local", publishValueAsDefault: true);
var seedPassword = builder.AddParameter("seed-password", new GenerateParameterDefault { MinLength = 16, Special = false }, secret: true, persist: true);
var bridgeToken = builder.AddParameter("bridge-token", new GenerateParameterDefault { MinLength = 40, Special = false }, secret: true, persist: true);

var infrastructure = builder.AddBatonInfrastructure();

var api = builder.AddBatonApi("api", infrastructure, signingKey, seedEmail, seedPassword, bridgeToken, settings);
if (settings.SecondApi)
{
    // A second instance as its own resource, so a browser and a bridge can sit on different instances.
    builder.AddBatonApi("api2", infrastructure, signingKey, seedEmail, seedPassword, bridgeToken, settings);
}

if (settings.WithBridge)
{
    builder.AddBatonBridge("bridge", api, bridgeToken, settings);
}

if (settings.WithFrontend)
{
    var frontend = builder.AddViteFrontend("frontend", api);
    builder.PrintSignInHintWhenReady(frontend, seedEmail, seedPassword);
}

builder.Build().Run();
