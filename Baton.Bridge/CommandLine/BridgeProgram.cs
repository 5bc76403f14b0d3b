using Baton.Bridge.Cli;
using Baton.Bridge.Configuration;
using Microsoft.Extensions.Options;

namespace Baton.Bridge.CommandLine;

/// <summary>
/// The <c>baton-bridge</c> command: usage on <c>--help</c>; exit code 2 with a one-line reason for bad
/// or missing settings (checked before the bridge starts, so no stack trace); otherwise the bridge runs.
/// </summary>
public static class BridgeProgram
{
    public const int UsageError = 2;

    private const string UsageHint = "Run baton-bridge --help for the options.";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        switch (BridgeCommandLine.Parse(args))
        {
            case BridgeInvocation.ShowUsage:
                output.WriteLine(BridgeUsage.Text);
                return 0;
            case BridgeInvocation.Refused refused:
                error.WriteLine($"baton-bridge: {refused.Problem} {UsageHint}");
                return UsageError;
            case BridgeInvocation.Start start:
                var app = BridgeApp.Create([.. start.Arguments]);
                if (SettingsProblem(app.Services) is { } problem)
                {
                    error.WriteLine($"baton-bridge: {problem} {UsageHint}");
                    return UsageError;
                }

                app.Run();
                return 0;
            default:
                throw new InvalidOperationException("Every invocation is handled above.");
        }
    }

    /// <summary>What is wrong with the settings from every source, in one line; null when they are complete.</summary>
    private static string? SettingsProblem(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<BridgeOptions>>().Value;
            _ = services.GetRequiredService<IOptions<ClaudeCliOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return string.Join(" ", exception.Failures);
        }
    }
}
