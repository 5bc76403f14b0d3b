namespace Baton.Api.Endpoints.Downloads;

/// <summary>The bridge package this server hands out: <paramref name="Url"/> is relative to the server's address.</summary>
public sealed record BridgePackageResponse(string PackageId, string Version, string FileName, string Url);
