using System.ComponentModel.DataAnnotations;

namespace Baton.Api.Auth;

/// <summary>How user tokens are issued; the signing key is the same on every API instance.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>HMAC-SHA256 key of the access tokens: 32 characters at least (256 bits).</summary>
    [Required]
    [MinLength(32)]
    public string SigningKey { get; set; } = "";

    [Required]
    public string Issuer { get; set; } = "baton";

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 30;

    /// <summary>Open for a local run; a deployment closes it, so strangers on the internet cannot sign up.</summary>
    public SignUpPolicy SignUp { get; set; } = SignUpPolicy.Open;
}
