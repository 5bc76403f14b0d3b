namespace Baton.Api.Bridges;

public static class BridgesServiceExtensions
{
    /// <summary>Where each bridge is connected, what it is owed and how it is called, and the sweeps that keep that true.</summary>
    public static IHostApplicationBuilder AddBridges(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BridgeOptions>().BindConfiguration(BridgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IBridgePresence, RedisBridgePresence>();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<LocalBridgeConnections>();
        services.AddSingleton<OpenBridgeConnections>();
        services.AddSingleton<BridgeRevocation>();
        services.AddSingleton<BridgeCaller>();
        services.AddSingleton<BridgeCommandDelivery>();
        services.AddSingleton<DeliveredAnswers>();
        services.AddSingleton<BridgeCommandBus>();
        services.AddScoped<ProjectBridges>();
        services.AddScoped<BridgeCalls>();
        services.AddScoped<BridgeConnector>();
        services.AddSingletonAsBackgroundService<BridgeCommandBus>();
        services.AddBackgroundService<BridgePresenceKeeper>();
        services.AddBackgroundService<BridgeGraceMonitor>();
        services.AddBackgroundService<BridgeDeliverySweeper>();
        services.AddSingletonAsBackgroundService<BridgeRevocation>();
        services.AddBackgroundService<RevokedBridgeSweep>();
        return builder;
    }
}
