namespace Baton.Api.Security;

/// <summary>
/// Browser origins other than the API's own that may use it: CORS lets them call, and the
/// cross-site checks let their state-changing requests and WebSockets through. The built app is
/// served by the API itself; a local run lists the origin Vite serves it from.
/// </summary>
public sealed class BrowserOriginOptions
{
    public const string SectionName = "Cors";

    public string[] Origins { get; set; } = [];
}
