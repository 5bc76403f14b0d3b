using System.Collections.Concurrent;
using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Baton.Api.Runs;
using Baton.Contracts.Permissions;

namespace Baton.Api.Permissions;

/// <summary>
/// The prompts this instance stored that may still wait for an answer, as stored, with where they belong: an answer
/// given here is decided on them without reading the prompt back (<see cref="PromptSettler"/>). What is held may be out
/// of date (another instance settled the prompt); the settlement's statement stores nothing then, and the answer is
/// settled the locked way. So a prompt is let go once it is resolved here, once this instance hears it was settled
/// elsewhere (<see cref="SettledElsewhere"/>), or once it expired.
/// </summary>
public sealed class OpenPrompts(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, SettlementTarget> _prompts = new();

    public SettlementTarget? Find(Guid promptId) => _prompts.TryGetValue(promptId, out var prompt) ? prompt : null;

    public void Forget(Guid promptId) => _prompts.TryRemove(promptId, out _);

    /// <summary>After a turn's commit: the prompts it opened that wait are held, those it resolved let go.</summary>
    /// <remarks>Called for every run of every drain, most of which only streamed: such a turn, with no prompt, costs no allocation.</remarks>
    public void Track(RunTurn turn)
    {
        foreach (var pending in turn.Events)
        {
            if (pending.Draft is PermissionResolved resolved)
            {
                Forget(resolved.PromptId);
            }
        }

        if (turn.NewPrompts.Count == 0)
        {
            return;
        }

        var waiting = turn.NewPrompts.FindAll(prompt => prompt.Status == PromptStatus.Pending);
        if (waiting.Count > 0)
        {
            ForgetExpired();
        }

        foreach (var prompt in waiting)
        {
            _prompts[prompt.Id] = new SettlementTarget(prompt, turn.Run.AssistantMessageId, turn.Run.BridgeId, turn.Conversation.ProjectId);
        }
    }

    /// <summary>Prompts settled on another instance without telling this one (a lost notice, no answer owed) are let go once they could only expire.</summary>
    private void ForgetExpired()
    {
        var now = time.GetStoredUtcNow();
        foreach (var (promptId, held) in _prompts)
        {
            if (held.Prompt.ExpiresAt <= now)
            {
                Forget(promptId);
            }
        }
    }
}
