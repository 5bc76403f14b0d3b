using Baton.Api.Downloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Api.Endpoints.Downloads;

/// <summary>
/// What a person downloads to start a bridge on another machine. Open to anyone: the package holds no
/// secret, and the machine that fetches it has no Baton sign-in, only the commands the Bridges page showed.
/// </summary>
public static class DownloadsApi
{
    private const string DownloadsPath = "/api/downloads/";
    private const string MissingTitle = "The bridge package is missing";
    private const string MissingDetail = "This Baton server was built without the bridge package (downloads/baton-bridge.<version>.nupkg beside Baton.Api.dll); build or publish Baton.Api again.";

    public static IEndpointRouteBuilder MapDownloadsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(DownloadsPath).WithTags("Downloads").AllowAnonymous();

        api.MapGet("bridge", GetBridgePackage)
            .WithName(nameof(GetBridgePackage))
            .WithSummary("The bridge package this server offers: its version and where to download it")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("{fileName}", DownloadBridgePackage)
            .WithName(nameof(DownloadBridgePackage))
            .WithSummary("Download the bridge as a .NET tool package (dotnet tool update --global --source <its folder> baton-bridge)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    public static Results<Ok<BridgePackageResponse>, ProblemHttpResult> GetBridgePackage() =>
        BridgePackage.FindIn(BridgePackage.DefaultFolder) is { } package
            ? TypedResults.Ok(new BridgePackageResponse(BridgePackage.PackageId, package.Version, package.FileName, DownloadsPath + package.FileName))
            : Missing();

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> DownloadBridgePackage(string fileName)
    {
        if (BridgePackage.FindIn(BridgePackage.DefaultFolder) is not { } package)
        {
            return Missing();
        }

        return package.FileName == fileName
            ? TypedResults.PhysicalFile(package.Path, "application/octet-stream", package.FileName)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such download",
                detail: $"This server offers {package.FileName} (see GET {DownloadsPath}bridge).");
    }

    private static ProblemHttpResult Missing() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: MissingTitle, detail: MissingDetail);
}
