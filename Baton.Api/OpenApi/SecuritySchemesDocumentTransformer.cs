using Baton.Api.Auth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Baton.Api.OpenApi;

/// <summary>Describes the two bearer schemes: users' JWTs and bridges' opaque tokens.</summary>
public sealed class SecuritySchemesDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[AuthSchemes.User] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A user's access token from /api/auth/sign-in or /api/auth/refresh.",
        };
        document.Components.SecuritySchemes[AuthSchemes.BridgeToken] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A bridge token from POST /api/bridges.",
        };
        return Task.CompletedTask;
    }
}
