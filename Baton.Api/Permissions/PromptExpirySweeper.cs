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
    ILogger<PromptExpirySweeper> logger) : BackgroundService
{
    private const int MaxPromptsPerSweep = 100;
    private const string ExpiredMessage = "Nobody answered the permission prompt in time.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpirySweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Until the schema is migrated there is nothing to sweep, only a missing table to report.
            if (!readiness.IsReady)
            {
                continue;
            }

            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "The prompt expiry sweep failed; the next one tries again");
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDbContext>();
        var settler = scope.ServiceProvider.GetRequiredService<PromptSettler>();
        var now = time.GetUtcNow();
        var expired = await db.InteractivePrompts.AsNoTracking()
            .Where(p => p.Status == PromptStatus.Pending && p.ExpiresAt <= now)
            .OrderBy(p => p.ExpiresAt)
            .Select(p => p.Id)
            .Take(MaxPromptsPerSweep)
            .ToListAsync(cancellationToken);
        foreach (var promptId in expired)
        {
            await settler.SettleAsync(promptId, (prompt, _) => prompt.Status == PromptStatus.Pending
                ? new PromptSettlement(PromptStatus.Expired, PromptDecision.Deny, PromptResolver.Expiry,
                    new CliPermissionResponse(prompt.Id, PermissionBehavior.Deny, null, null, ExpiredMessage, null))
                : null, cancellationToken);
        }
    }
}
