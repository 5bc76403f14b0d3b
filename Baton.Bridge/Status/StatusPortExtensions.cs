using Microsoft.AspNetCore.Hosting.Server;

namespace Baton.Bridge.Status;

public static class StatusPortExtensions
{
    public const string StatusPortKey = "Bridge:StatusPort";

    /// <summary>The command-line switch a person types for <see cref="StatusPortKey"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--status-port"] = StatusPortKey,
    };

    /// <summary>
    /// The bridge dials out to the API and reports itself through <c>bridge:health</c>, so by default it opens
    /// no port (Kestrel would otherwise take 5000). <c>--status-port</c> serves <c>/health</c> and <c>/status</c>
    /// on loopback at that port; an address given explicitly (<c>--urls</c>, <c>ASPNETCORE_URLS</c>) is kept.
    /// </summary>
    public static WebApplicationBuilder ConfigureStatusPort(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<int?>(StatusPortKey) is { } port)
        {
            builder.WebHost.UseUrls($"http://localhost:{port}");
        }
        else if (!HasExplicitAddress(builder.Configuration))
        {
            builder.Services.AddSingleton<IServer, NoInboundServer>();
        }

        return builder;
    }

    private static bool HasExplicitAddress(IConfiguration configuration) =>
        new[] { WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey }
            .Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
