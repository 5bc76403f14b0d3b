namespace Baton.ScriptedModel.Replies;

/// <summary>An HTTP error in the Messages API's shape, e.g. 401 <c>authentication_error</c>.</summary>
public sealed record ScriptedError(int StatusCode, string ErrorType, string Message) : ScriptedOutcome;
