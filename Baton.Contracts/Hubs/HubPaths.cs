namespace Baton.Contracts.Hubs;

/// <summary>Where the hubs are mapped, for the API, the bridge and the browser's proxy.</summary>
public static class HubPaths
{
    public const string Chat = "/hubs/chat";
    public const string Bridge = "/hubs/bridge";
}
