namespace Baton.Api.Data;

/// <summary>
/// What a local run needs without manual set-up: a first user, a token for the local bridge and a
/// playground project in that bridge's workspace. Each part is skipped when its setting is empty.
/// </summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? BridgeToken { get; set; }
    public string BridgeName { get; set; } = "local";
    public string? WorkspaceRoot { get; set; }
}
