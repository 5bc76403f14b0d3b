using Baton.Api.Bridges;
using Baton.Api.Conversations;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Contracts.Errors;
using Baton.Contracts.Messages;
using Baton.Contracts.Streaming;
using Baton.Contracts.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.BackgroundTasks;

/// <summary>
/// <c>task:stop</c>: a background task the conversation's stored notices show started and not ended is stopped
/// by the conversation's bridge. The "stopped" notice arrives on its own, as a run the bridge reports.
/// </summary>
public sealed class TaskStopper(BatonDbContext db, ProjectBridges projects, BridgeCaller caller)
{
    public async Task StopAsync(Guid userId, StopTaskRequest request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.Id == request.ConversationId && c.OwnerId == userId)
            .Join(db.Projects, c => c.ProjectId, p => p.Id, (c, p) => new { c.Id, p.BridgeId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw HubErrors.Create(ErrorCodes.NotFound, "The conversation was not found.");
        var answers = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id && m.Role == MessageRole.Assistant)
            .OrderBy(m => m.Position)
            .Select(m => m.Content)
            .ToListAsync(cancellationToken);
        if (!IsRunning(request.TaskId, answers.SelectMany(MessageContent.Read)))
        {
            throw HubErrors.Create(ErrorCodes.TaskNotFound, "The conversation has no such background task running.");
        }

        var location = await projects.LocateAsync(conversation.BridgeId, cancellationToken);
        await caller.CallAsync(location.ConnectionId, (bridge, token) => bridge.StopTask(request, token), cancellationToken);
    }

    /// <summary>Started in the background, and no notice of its end since.</summary>
    private static bool IsRunning(string taskId, IEnumerable<MessageBlock> blocks)
    {
        var running = false;
        foreach (var block in blocks)
        {
            if (block is NoticeBlock { Task: { } task } notice && task.TaskId == taskId)
            {
                running = notice.Subtype == SystemSubtypes.TaskStarted;
            }
        }

        return running;
    }
}
