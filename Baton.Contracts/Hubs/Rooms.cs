namespace Baton.Contracts.Hubs;

/// <summary>The names of the SignalR groups; nothing is ever sent to all clients.</summary>
public static class Rooms
{
    /// <summary>Every bridge connection, for operational notices.</summary>
    public const string AllBridges = "claude-bridge";

    /// <summary>Browsers that joined a conversation with <c>conversation:join</c>.</summary>
    public static string Conversation(Guid conversationId) => $"conversation-{conversationId}";

    /// <summary>Browsers that joined a project with <c>project:join</c>.</summary>
    public static string Project(Guid projectId) => $"project-{projectId}";

    /// <summary>Every connection of one user (SignalR's user identifier), joined on connect.</summary>
    public static string User(string userId) => $"user-{userId}";

    /// <summary>One bridge's own connection.</summary>
    public static string Bridge(Guid bridgeId) => $"bridge-{bridgeId}";
}
