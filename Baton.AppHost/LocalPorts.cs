using Microsoft.Extensions.Configuration;

namespace Baton.AppHost;

/// <summary>
/// Fixed ports for the API (<c>Baton:ApiPort</c>) and the web app (<c>Baton:WebPort</c>), so the addresses a
/// person wrote down (a hand-started bridge's <c>Bridge:ApiUrl</c>, a bookmark) stay valid across restarts.
/// Unset, the orchestrator picks free ports: what tests and parallel runs want.
/// </summary>
public sealed record LocalPorts(int? Api, int? Web)
{
    public static LocalPorts Read(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Baton");
        return new LocalPorts(section.GetValue<int?>("ApiPort"), section.GetValue<int?>("WebPort"));
    }
}
