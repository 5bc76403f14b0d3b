namespace Baton.Api.Extensions;

/// <summary>
/// Origins other than the API's own that may call it from a browser. The built app is served by the
/// API itself and Vite proxies in development, so this is usually empty.
/// </summary>
public sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    public string[] Origins { get; set; } = [];
}
