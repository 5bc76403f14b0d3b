using System.Reflection;

namespace Baton.Api.Extensions;

/// <summary>
/// The build starts the API once, under the OpenAPI tool, to write <c>openapi/Baton.Api.json</c>.
/// That run has no database and no secrets, and serves no request.
/// </summary>
public static class OpenApiDocumentGeneration
{
    public static bool IsRunning => Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
