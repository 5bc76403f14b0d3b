using Baton.Api.Data;
using Baton.Api.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Baton.Api.Auth;

public static class AuthenticationExtensions
{
    // Instances' clocks may differ a little; the default five minutes would keep expired tokens alive too long.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Identity's user store and hashing, JWTs for users, opaque tokens for bridges, and the policies.</summary>
    public static IHostApplicationBuilder AddBatonAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddIdentityCore<BatonUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B); generated secrets pass as they are.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<BatonDbContext>();

        builder.Services.AddAuthentication(AuthSchemes.User)
            .AddJwtBearer(AuthSchemes.User)
            .AddScheme<AuthenticationSchemeOptions, BridgeTokenAuthenticationHandler>(AuthSchemes.BridgeToken, null);
        builder.Services.AddOptions<JwtBearerOptions>(AuthSchemes.User)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => ConfigureJwtBearer(jwt, auth.Value));

        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(AuthSchemes.User)
                .RequireAuthenticatedUser()
                .RequireClaim(BatonClaimTypes.UserId)
                .Build())
            .AddPolicy(AuthSchemes.BridgePolicy, policy => policy
                .AddAuthenticationSchemes(AuthSchemes.BridgeToken)
                .RequireAuthenticatedUser()
                .RequireClaim(BatonClaimTypes.BridgeId));

        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddScoped<RefreshTokenStore>();
        builder.Services.AddSingleton<SessionRevocation>();
        builder.Services.AddSingletonAsBackgroundService<SessionRevocation>();
        return builder;
    }

    private static void ConfigureJwtBearer(JwtBearerOptions jwt, AuthOptions auth)
    {
        // Keep "sub" and "email" as issued instead of mapping them to long XML claim type names.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Issuer,
            IssuerSigningKey = AccessTokenIssuer.SigningKey(auth),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            NameClaimType = BatonClaimTypes.Email,
            ClockSkew = ClockSkew,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                // Browsers cannot set headers on WebSockets; the hubs take the token from the query string.
                var request = context.HttpContext.Request;
                if (request.Path.StartsWithSegments(AuthSchemes.HubsPathPrefix)
                    && request.Query.TryGetValue(AuthSchemes.AccessTokenQueryParameter, out var token))
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            },
        };
    }
}
