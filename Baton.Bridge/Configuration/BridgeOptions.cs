using System.ComponentModel.DataAnnotations;

namespace Baton.Bridge.Configuration;

/// <summary>Who the bridge is and where it dials in (configuration section <c>Bridge</c>).</summary>
public sealed class BridgeOptions
{
    public const string SectionName = "Bridge";

    /// <summary>The bridge token a user created in Baton; it says which bridge this is.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// The API's base address. Inside the AppHost it comes from service discovery
    /// (<c>services:api:http:0</c>); outside it, set it.
    /// </summary>
    public Uri? ApiUrl { get; set; }

    /// <summary>Folders whose sub-folders projects may use; runs and file reads never leave them.</summary>
    public List<string> WorkspaceRoots { get; set; } = [];

    /// <summary>
    /// What the bridge calls itself in its log, its status page and <c>bridge:connect</c>. Baton lists a
    /// bridge under the name its token was created with, which this does not change.
    /// </summary>
    [Required]
    public string Name { get; set; } = Environment.MachineName;

    /// <summary>The longest pause between two attempts to reach the API.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);
}
