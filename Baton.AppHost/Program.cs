using Baton.AppHost;
using Baton.AppHost.Frontend;
using Baton.AppHost.Infrastructure;
using Baton.AppHost.LoadBalancer;

var builder = DistributedApplication.CreateBuilder(args);
var settings = BatonSettings.Read(builder);
var ports = LocalPorts.Read(builder);
var secrets = builder.AddBatonSecrets(settings);

var infrastructure = builder.AddBatonInfrastructure();

var api = builder.AddBatonApi("api", infrastructure, secrets, settings, ports.Api);
if (settings.SecondApi)
{
    // A second instance as its own resource, so a browser and a bridge can sit on different instances.
    var api2 = builder.AddBatonApi("api2", infrastructure, secrets, settings);
    if (settings.LoadBalancer)
    {
        builder.AddBatonLoadBalancer("loadbalancer", api, api2);
    }
}

if (settings.WithBridge)
{
    builder.AddBatonBridge("bridge", api, secrets, settings);
}

if (settings.WithFrontend)
{
    var frontend = builder.AddViteFrontend("frontend", api, ports.Web, settings.FrontendHotReload);
    api.WithFrontendOrigin(frontend);
    builder.PrintSignInHintWhenReady(frontend, secrets.FirstUser);
}

builder.Build().Run();
