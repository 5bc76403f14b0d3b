namespace Baton.Contracts.Sessions;

/// <summary>
/// <c>sessions:read</c> to the bridge: a page of a session's transcript from the byte
/// <paramref name="FromOffset"/> on (where the previous page ended), read only when the transcript
/// records <paramref name="RootDirectory"/> as its working directory.
/// </summary>
public sealed record ReadTranscriptRequest(string RootDirectory, string SessionId, long FromOffset);
