using System.Text.Json;

namespace Baton.Bridge.Sessions;

/// <summary>
/// Where a session's transcript ends: the <c>uuid</c> of its newest main-agent <c>user</c> or <c>assistant</c>
/// record. A process that last wrote another record holds a history the session has moved on from.
/// </summary>
public sealed class SessionTranscriptTip(CliConfigFolder configFolder, ILogger<SessionTranscriptTip> logger)
{
    /// <summary>True when the transcript's newest conversation record is not <paramref name="lastRecordUuid"/>; false when unsure.</summary>
    public bool WrittenElsewhere(string root, string? sessionId, string? lastRecordUuid)
    {
        if (sessionId is null || lastRecordUuid is null || !Guid.TryParse(sessionId, out _))
        {
            return false;
        }

        try
        {
            var folderName = TranscriptFolderName.For(root);
            var projects = new DirectoryInfo(configFolder.ProjectsPath);
            var transcript = projects.Exists
                ? projects.EnumerateDirectories()
                    .Where(folder => folder.LinkTarget is null && folderName.Matches(folder.Name))
                    .Select(folder => new FileInfo(Path.Combine(folder.FullName, sessionId + ".jsonl")))
                    .FirstOrDefault(file => file.Exists)
                : null;
            return transcript is not null && TranscriptFile.LastConversationUuid(transcript.FullName) is { } tip && tip != lastRecordUuid;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            logger.LogWarning(exception, "Could not read where session {SessionId} ends; its process is kept", sessionId);
            return false;
        }
    }
}
