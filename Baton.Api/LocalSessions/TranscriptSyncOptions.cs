using System.ComponentModel.DataAnnotations;

namespace Baton.Api.LocalSessions;

/// <summary>Which conversations a bridge coming online has read again (<c>Baton:TranscriptSync</c>).</summary>
public sealed class TranscriptSyncOptions
{
    public const string SectionName = "Baton:TranscriptSync";

    /// <summary>Conversations changed within this long; older ones are read when they are opened.</summary>
    public TimeSpan RecentlyActive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The most conversations read for one bridge coming online, the most recently active first.</summary>
    [Range(1, 1000)]
    public int MostOnReconnect { get; set; } = 50;
}
