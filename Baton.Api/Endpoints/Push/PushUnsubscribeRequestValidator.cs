using Baton.Api.Data.Entities;
using FluentValidation;

namespace Baton.Api.Endpoints.Push;

public sealed class PushUnsubscribeRequestValidator : AbstractValidator<PushUnsubscribeRequest>
{
    public PushUnsubscribeRequestValidator()
    {
        RuleFor(r => r.Endpoint).NotEmpty().MaximumLength(PushDevice.MaxEndpointLength);
    }
}
