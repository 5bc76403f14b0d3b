using System.ComponentModel.DataAnnotations;
using Baton.Contracts;

namespace Baton.Api.Permissions;

public sealed class PermissionOptions
{
    public const string SectionName = "Permissions";

    /// <summary>A prompt nobody answers in this time is answered deny (never fail-open).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PromptExpiry { get; set; } = BatonDefaults.PromptExpiry;

    /// <summary>How often each instance looks for expired prompts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromSeconds(2);
}
