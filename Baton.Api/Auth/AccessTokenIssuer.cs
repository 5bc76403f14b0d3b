using System.Security.Claims;
using System.Text;
using Baton.Api.Data.Entities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Baton.Api.Auth;

/// <summary>Issues the short-lived JWTs users present on <c>/api</c> and <c>/hubs/chat</c>.</summary>
public sealed class AccessTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public static SymmetricSecurityKey SigningKey(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey));

    public AccessToken Issue(BatonUser user, Guid sessionId)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var expiresAt = now.AddMinutes(settings.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(BatonClaimTypes.UserId, user.Id.ToString()),
                new Claim(BatonClaimTypes.Email, user.Email ?? ""),
                new Claim(BatonClaimTypes.SessionId, sessionId.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            ]),
            SigningCredentials = new SigningCredentials(SigningKey(settings), SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, expiresAt);
    }
}
