namespace Baton.Contracts.Errors;

/// <summary>The error codes of hub failures and <c>chat:error</c>. Extend, never rename.</summary>
public static class ErrorCodes
{
    public const string InvalidRequest = "invalid_request";
    public const string Unauthorized = "unauthorized";
    public const string NotFound = "not_found";
    public const string RateLimited = "rate_limited";
    public const string RunInProgress = "run_in_progress";
    public const string BridgeUnavailable = "bridge_unavailable";
    public const string BridgeDisconnected = "bridge_disconnected";
    public const string BridgeTimeout = "bridge_timeout";
    public const string PromptNotFound = "prompt_not_found";
    public const string PromptAlreadyAnswered = "prompt_already_answered";
    public const string PromptExpired = "prompt_expired";

    /// <summary>An answer to Claude's questions (AskUserQuestion) that does not answer the questions asked.</summary>
    public const string InvalidAnswer = "invalid_answer";
    public const string CliNotFound = "cli_not_found";
    public const string CliAuthFailed = "cli_auth_failed";
    public const string CliFailed = "cli_failed";
    public const string BridgeBusy = "bridge_busy";
    public const string OutsideRoot = "outside_root";
    public const string FileTooLarge = "file_too_large";
    public const string BinaryFile = "binary_file";
    public const string Internal = "internal";

    /// <summary>The bypassPermissions mode was asked for where the project's bridge does not allow it.</summary>
    public const string BypassNotAllowed = "bypass_not_allowed";

    /// <summary>A queued message that does not exist, or is not the caller's.</summary>
    public const string QueuedMessageNotFound = "queued_message_not_found";

    /// <summary>A queued message that has started already: it is a run now and can no longer change.</summary>
    public const string QueuedMessageStarted = "queued_message_started";

    /// <summary>A background task the conversation does not have running (stored as started and not ended, in a live CLI process).</summary>
    public const string TaskNotFound = "task_not_found";
}
