using System.Security.Claims;
using System.Text.Encodings.Web;
using Baton.Api.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Baton.Api.Auth;

/// <summary>
/// Authenticates a bridge by its bearer token, looked up by hash on every request, so a revoked
/// token is refused at once on every instance.
/// </summary>
public sealed class BridgeTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    BatonDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    // Marking every request would write a row per download; once a minute is enough for "last seen".
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ReadToken();
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = OpaqueToken.Hash(presented);
        var bridge = await db.Bridges.AsNoTracking()
            .Where(b => b.TokenHash == hash)
            .Select(b => new { b.Id, b.OwnerId, b.Name, b.RevokedAt, b.LastSeenAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (bridge is null)
        {
            return AuthenticateResult.Fail("Unknown bridge token.");
        }

        if (bridge.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The bridge token was revoked.");
        }

        var now = TimeProvider.GetUtcNow();
        if (bridge.LastSeenAt is null || now - bridge.LastSeenAt >= LastSeenResolution)
        {
            await db.Bridges.Where(b => b.Id == bridge.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(b => b.LastSeenAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(BatonClaimTypes.BridgeId, bridge.Id.ToString()),
            new Claim(BatonClaimTypes.BridgeOwnerId, bridge.OwnerId.ToString()),
            new Claim(ClaimTypes.Name, bridge.Name),
        ], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private string? ReadToken()
    {
        string? header = Request.Headers[HeaderNames.Authorization];
        if (header is not null && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return header[BearerPrefix.Length..].Trim();
        }

        // WebSocket clients cannot always set headers; the hub accepts the token in the query string.
        if (Request.Path.StartsWithSegments(AuthSchemes.BridgeHubPath))
        {
            string? query = Request.Query[AuthSchemes.AccessTokenQueryParameter];
            return string.IsNullOrEmpty(query) ? null : query;
        }

        return null;
    }
}
