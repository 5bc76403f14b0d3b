using Baton.Api.Bridges;
using Baton.Contracts.Bridges;
using Baton.Contracts.Errors;

namespace Baton.Api.RunOptions;

/// <summary>
/// Whether a project's bridge allows the bypassPermissions mode: only its own health says so, so it is asked
/// (an offline bridge allows nothing).
/// </summary>
public sealed class BypassPolicy(BridgeCalls bridgeCalls)
{
    public async Task EnsureAllowedAsync(Guid userId, Guid projectId, CancellationToken cancellationToken)
    {
        var health = await bridgeCalls.GetHealthAsync(userId, new BridgeHealthRequest(projectId), cancellationToken);
        if (health.Status is not { BypassAllowed: true })
        {
            throw HubErrors.Create(ErrorCodes.BypassNotAllowed, "The project's bridge does not allow the bypassPermissions mode.");
        }
    }
}
