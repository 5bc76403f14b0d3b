namespace Baton.Contracts.Streaming;

/// <summary>The subtypes of the CLI's <c>system</c> lines that Baton acts on.</summary>
public static class SystemSubtypes
{
    /// <summary>The start of a turn: session, model, tools and mode.</summary>
    public const string Init = "init";

    /// <summary>The model API did not answer and the CLI tries again.</summary>
    public const string ApiRetry = "api_retry";

    /// <summary>A background task started (a shell command or agent with <c>run_in_background</c>).</summary>
    public const string TaskStarted = "task_started";

    /// <summary>A background task ended: completed, failed or stopped.</summary>
    public const string TaskNotification = "task_notification";
}
