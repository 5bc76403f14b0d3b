using System.Buffers.Text;
using Baton.Api.Data.Entities;
using Baton.Api.Push;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Baton.Api.Endpoints.Push;

public sealed class PushSubscriptionRequestValidator : AbstractValidator<PushSubscriptionRequest>
{
    public PushSubscriptionRequestValidator(IOptions<PushOptions> options)
    {
        RuleFor(r => r.Endpoint).NotEmpty().MaximumLength(PushDevice.MaxEndpointLength)
            .Must(endpoint => PushEndpointPolicy.Refusal(endpoint!, options.Value.AllowLoopbackEndpoints) is null)
            .WithMessage((_, endpoint) => PushEndpointPolicy.Refusal(endpoint!, options.Value.AllowLoopbackEndpoints));
        RuleFor(r => r.Keys).NotNull();
        RuleFor(r => r.Keys!.P256dh).Must(key => IsBase64Url(key, 65)).When(r => r.Keys is not null)
            .WithMessage("'p256dh' must be the browser's P-256 public key in base64url.");
        RuleFor(r => r.Keys!.Auth).Must(key => IsBase64Url(key, 16)).When(r => r.Keys is not null)
            .WithMessage("'auth' must be the browser's 16-byte secret in base64url.");
    }

    private static bool IsBase64Url(string? text, int length) =>
        text is { Length: <= PushDevice.MaxKeyLength } && Base64Url.IsValid(text, out var decoded) && decoded == length;
}
