using Baton.Bridge.Cli;
using Baton.Bridge.Runs;
using Baton.Contracts.Errors;
using Baton.Contracts.Runs;
using Baton.Contracts.Tasks;

namespace Baton.Bridge.Tasks;

/// <summary>
/// <c>task:stop</c>: asks the conversation's live CLI process to stop one of its background tasks (<c>stop_task</c>),
/// then hands the lines it wrote about it to the API at once, since the CLI starts no turn that would carry them.
/// </summary>
public sealed class BackgroundTaskStopper(ClaudeProcessPool pool, RunSupervisor supervisor)
{
    public async Task<AckResult> StopAsync(StopTaskRequest request)
    {
        // The pool's lock keeps a run from starting between the stop and the report of its lines.
        using (await pool.LockAsync())
        {
            if (pool.Find(request.ConversationId) is not { } process || !process.RunsBackgroundTask(request.TaskId))
            {
                throw HubErrors.Create(ErrorCodes.TaskNotFound, "No Claude Code process of this conversation runs that background task.");
            }

            try
            {
                // Bounded by the control channel's own timeout.
                await process.StopTaskAsync(request.TaskId, CancellationToken.None);
            }
            catch (ClaudeControlException exception)
            {
                throw HubErrors.Create(ErrorCodes.CliFailed, $"The Claude Code CLI did not stop the task: {exception.Message}");
            }
            catch (Exception exception) when (exception is IOException or TimeoutException or OperationCanceledException)
            {
                throw HubErrors.Create(ErrorCodes.CliFailed, $"The Claude Code CLI did not answer the stop: {exception.Message}");
            }

            supervisor.ReportKeptLines(request.ConversationId, process);
            return new AckResult(true);
        }
    }
}
