using Baton.Api.Validation;
using Baton.Contracts.Bridges;
using FluentValidation;

namespace Baton.Api.Hubs.Validation;

public sealed class ConnectBridgeRequestValidator : AbstractValidator<ConnectBridgeRequest>
{
    public ConnectBridgeRequestValidator()
    {
        // A rule stops at its first failure: later checks of a value assume the earlier ones held.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name).NotNull().MaximumLength(200);
        RuleFor(r => r.Version).NotNull().MaximumLength(100);
        RuleFor(r => r.CliVersion).MaximumLength(100);
        RuleFor(r => r.CliPath).MaximumLength(4096).WithoutControlCharacters();
        RuleFor(r => r.CliConfigDir).MaximumLength(4096).WithoutControlCharacters();
        RuleFor(r => r.WorkspaceRoots).NotNull();
        RuleFor(r => r.ActiveRuns).NotNull();
        RuleForEach(r => r.ActiveRuns).NotNull()
            .Must(run => run.RequestId != Guid.Empty && run.LastBridgeSeq >= 0)
            .WithMessage("An active run needs its request id and a bridgeSeq of 0 or more.");
    }
}
