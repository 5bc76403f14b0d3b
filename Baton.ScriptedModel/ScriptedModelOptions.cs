using System.ComponentModel.DataAnnotations;

namespace Baton.ScriptedModel;

/// <summary>How the scripted model paces its answers (configuration section <c>ScriptedModel</c>).</summary>
public sealed class ScriptedModelOptions
{
    public const string SectionName = "ScriptedModel";

    /// <summary>Pause between streamed chunks of an ordinary answer.</summary>
    [Range(0, 10_000)]
    public int ChunkDelayMs { get; set; } = 15;

    /// <summary>Pause between the words of the long answer, slow enough to press Stop midway.</summary>
    [Range(0, 10_000)]
    public int LongChunkDelayMs { get; set; } = 45;

    /// <summary>How many request bodies <c>GET /scripted/requests</c> keeps.</summary>
    [Range(1, 100_000)]
    public int RequestLogCapacity { get; set; } = 200;
}
