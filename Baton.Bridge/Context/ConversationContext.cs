using Baton.Bridge.Cli;
using Baton.Bridge.Files;
using Baton.Bridge.Runs;
using Baton.Contracts.Context;
using Baton.Contracts.Errors;

namespace Baton.Bridge.Context;

/// <summary>
/// Answers <c>context:usage</c> by asking the conversation's live CLI process (<c>get_context_usage</c>);
/// with none alive there is nothing to ask, and the answer says so rather than starting one.
/// </summary>
public sealed class ConversationContext(ClaudeProcessPool pool)
{
    public async Task<ContextUsage> UsageAsync(Guid conversationId)
    {
        // Bounded like file work: the pool's lock is held meanwhile, and a run waits for it.
        using var deadline = new CancellationTokenSource(WorkspaceFiles.MaxFileWork);
        using (await pool.LockAsync())
        {
            if (pool.Find(conversationId) is not { } process)
            {
                return ContextUsage.NotLive;
            }

            try
            {
                var answer = await process.GetContextUsageAsync(deadline.Token);
                return new ContextUsage(
                    true,
                    (long)(CliJson.Number(answer, "totalTokens") ?? 0),
                    (long)(CliJson.Number(answer, "maxTokens") ?? 0),
                    CliJson.Flag(answer, "isAutoCompactEnabled") && CliJson.Number(answer, "autoCompactThreshold") is { } threshold
                        ? (long)threshold
                        : null);
            }
            catch (ClaudeControlException exception)
            {
                throw HubErrors.Create(ErrorCodes.CliFailed, $"The Claude Code CLI did not say how full its context is: {exception.Message}");
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw HubErrors.Create(ErrorCodes.BridgeTimeout, $"The Claude Code CLI did not say how full its context is within {WorkspaceFiles.MaxFileWork.TotalSeconds:0} seconds.");
            }
        }
    }
}
