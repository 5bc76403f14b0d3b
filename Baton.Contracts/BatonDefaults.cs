namespace Baton.Contracts;

/// <summary>
/// The defaults of DESIGN §2; the API and the bridge bind configuration over them.
/// Sizes are in bytes (KB = 1024).
/// </summary>
public static class BatonDefaults
{
    /// <summary>How long a disconnected bridge may take to come back before its runs fail with <c>bridge_disconnected</c>.</summary>
    public static readonly TimeSpan BridgeReconnectGrace = TimeSpan.FromSeconds(30);

    /// <summary>An unanswered permission prompt is then answered deny, never fail-open.</summary>
    public static readonly TimeSpan PromptExpiry = TimeSpan.FromMinutes(10);

    /// <summary>Every client-result call to a bridge is cancelled after this; SignalR has no default.</summary>
    public static readonly TimeSpan ClientResultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A CLI process with no run for this long is shut down.</summary>
    public static readonly TimeSpan IdleCliProcess = TimeSpan.FromMinutes(10);

    public const int MaxCliProcessesPerBridge = 8;

    /// <summary>A chat message's content above this is refused with <c>invalid_request</c>.</summary>
    public const int MaxMessageContentBytes = 100 * 1024;

    /// <summary>A bigger frame closes the connection, which the client then re-opens.</summary>
    public const long ChatHubMaxFrameBytes = 2 * 1024 * 1024;

    /// <summary>A bigger frame closes the connection, which the bridge then re-opens.</summary>
    public const long BridgeHubMaxFrameBytes = 8 * 1024 * 1024;

    public const long MaxUploadBytes = 25 * 1024 * 1024;

    /// <summary>Hub calls per second of one browser connection; bridges are not rate limited.</summary>
    public const int ChatCallsPerSecond = 10;

    public const int ChatCallBurst = 20;

    public const int MaxFileListEntries = 500;

    public const long MaxFileContentBytes = 1024 * 1024;

    /// <summary>A CLI line over this is replaced by a <c>baton_truncated</c> line keeping its head.</summary>
    public const int MaxCliLineBytes = 1024 * 1024;

    /// <summary>How much of a truncated line's beginning is kept.</summary>
    public const int TruncatedLineHeadBytes = 4 * 1024;

    /// <summary>How many local Claude Code sessions <c>sessions:list</c> sends, newest first.</summary>
    public const int MaxLocalSessions = 100;

    /// <summary>A <c>sessions:read</c> page stays under this, unless its one record is larger (up to <see cref="MaxCliLineBytes"/>).</summary>
    public const int MaxTranscriptPageBytes = 256 * 1024;

    /// <summary>A <c>claude:stream</c> batch stays under this.</summary>
    public const int MaxStreamBatchBytes = 1024 * 1024;
}
