using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Api.Permissions;

/// <summary>
/// Answers deny (never fail-open) to prompts nobody answered before their <c>expiresAt</c>. Every
/// instance sweeps; the settler's lock lets only one settle each prompt.
/// </summary>
public sealed class PromptExpirySweeper(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IOptions<PermissionOptions> options,
    TimeProvider time,
    ILogger<PromptExpirySweeper> logger) : PeriodicDatabaseSweep(readiness, time, logger)
{
    private const int MaxPromptsPerSweep = 100;
    private const string ExpiredMessage = "Nobody answered the permission prompt in time.";

    protected override TimeSpan Interval => options.Value.ExpirySweepInterval;

    protected override async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var settler = scope.ServiceProvider.GetRequiredService<PromptSettler>();
        var now = Time.GetUtcNow();
        var expired = await db.InteractivePrompts.AsNoTracking()
            .Where(p => p.Status == PromptStatus.Pending && p.ExpiresAt <= now)
            .OrderBy(p => p.ExpiresAt)
            .Select(p => p.Id)
            .Take(MaxPromptsPerSweep)
            .ToListAsync(cancellationToken);
        foreach (var promptId in expired)
        {
            await settler.SettleAsync(promptId, ownerId: null, (prompt, _) => prompt.Status == PromptStatus.Pending
                ? new PromptSettlement(PromptStatus.Expired, PromptDecision.Deny, PromptResolver.Expiry,
                    new CliPermissionResponse(prompt.Id, PermissionBehavior.Deny, null, null, ExpiredMessage, null))
                : null, cancellationToken);
        }
    }
}
