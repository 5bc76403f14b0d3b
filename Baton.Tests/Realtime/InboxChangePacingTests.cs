using Baton.Api.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Tests.Realtime;

/// <summary>A person's inbox changes: the first told at once, those soon after told together, none left untold.</summary>
public sealed class InboxChangePacingTests
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private readonly FakeTimeProvider _time = new();
    private readonly List<(Guid Owner, Guid Conversation)> _told = [];
    private readonly InboxChangePacing _pacing;

    public InboxChangePacingTests() =>
        _pacing = new InboxChangePacing(_time, (owner, conversation) =>
        {
            _told.Add((owner, conversation));
            return Task.CompletedTask;
        });

    [Fact]
    public void A_change_is_told_at_once()
    {
        var conversation = Guid.NewGuid();

        _pacing.Changed(Owner, conversation);

        Assert.Equal([(Owner, conversation)], _told);
    }

    [Fact]
    public void Changes_within_the_quiet_period_are_told_once_when_it_ends_naming_the_latest()
    {
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        _pacing.Changed(Owner, first);
        _pacing.Changed(Owner, second);
        _pacing.Changed(Owner, third);
        Assert.Equal([(Owner, first)], _told);

        _time.Advance(InboxChangePacing.QuietPeriod);

        Assert.Equal([(Owner, first), (Owner, third)], _told);
    }

    [Fact]
    public void A_change_after_a_quiet_period_without_changes_is_told_at_once_again()
    {
        var (first, later) = (Guid.NewGuid(), Guid.NewGuid());
        _pacing.Changed(Owner, first);
        _time.Advance(InboxChangePacing.QuietPeriod);

        _pacing.Changed(Owner, later);

        Assert.Equal([(Owner, first), (Owner, later)], _told);
    }

    [Fact]
    public void A_steady_stream_of_changes_is_told_once_a_period_and_its_last_change_too()
    {
        var conversations = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        foreach (var conversation in conversations)
        {
            _pacing.Changed(Owner, conversation);
            _time.Advance(InboxChangePacing.QuietPeriod / 4);
        }

        _time.Advance(InboxChangePacing.QuietPeriod);

        Assert.Equal(
            [(Owner, conversations[0]), (Owner, conversations[3]), (Owner, conversations[7]), (Owner, conversations[9])],
            _told);
    }

    [Fact]
    public void Each_person_is_paced_on_their_own()
    {
        var (mine, theirs) = (Guid.NewGuid(), Guid.NewGuid());

        _pacing.Changed(Owner, mine);
        _pacing.Changed(Other, theirs);

        Assert.Equal([(Owner, mine), (Other, theirs)], _told);
    }
}
