using System.Globalization;
using Baton.Bridge.Status;

namespace Baton.Bridge.CommandLine;

/// <summary>
/// Reads <c>baton-bridge --server URL --token TOKEN --workspace DIR [--name N] [--status-port N]</c>
/// into the configuration keys the bridge binds (<c>Bridge:ApiUrl</c>, <c>Bridge:Token</c>, ...).
/// Configuration switches (<c>--Bridge:Name=x</c>, <c>--Claude:CliPath x</c>) pass through unchanged, so
/// every setting can still come from the command line, the environment or appsettings.json.
/// </summary>
public static class BridgeCommandLine
{
    private const string WorkspaceSwitch = "--workspace";

    private static readonly HashSet<string> HelpSwitches = ["--help", "-h", "-?"];

    private static readonly HashSet<string> Switches = ["--server", "--token", WorkspaceSwitch, "--name", "--status-port"];

    // Host settings without a section (the bridge's own tests listen on a chosen address).
    private static readonly HashSet<string> HostSwitches = ["--urls", "--environment"];

    public static BridgeInvocation Parse(IReadOnlyList<string> args)
    {
        if (args.Any(HelpSwitches.Contains))
        {
            return new BridgeInvocation.ShowUsage();
        }

        var arguments = new List<string>();
        var workspaces = 0;
        for (var index = 0; index < args.Count; index++)
        {
            var (name, value) = Split(args[index]);
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                return new BridgeInvocation.Refused($"Unexpected argument '{args[index]}'.");
            }

            var isSetting = name.Contains(':', StringComparison.Ordinal) || HostSwitches.Contains(name);
            if (!isSetting && !Switches.Contains(name))
            {
                return new BridgeInvocation.Refused($"Unknown option '{name}'.");
            }

            if (value is null && index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++index];
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                return new BridgeInvocation.Refused($"{name} needs a value.");
            }

            if (isSetting)
            {
                arguments.Add($"{name}={value}");
                continue;
            }

            if (Problem(name, value) is { } problem)
            {
                return new BridgeInvocation.Refused(problem);
            }

            // Each --workspace adds a root; a relative folder means one below where the command ran.
            arguments.Add(name == WorkspaceSwitch
                ? $"--{KeyOf(name)}:{workspaces++}={Path.GetFullPath(value)}"
                : $"--{KeyOf(name)}={value}");
        }

        return new BridgeInvocation.Start(arguments);
    }

    private static string KeyOf(string name) => name switch
    {
        "--server" => "Bridge:ApiUrl",
        "--token" => "Bridge:Token",
        WorkspaceSwitch => "Bridge:WorkspaceRoots",
        "--name" => "Bridge:Name",
        _ => StatusPortExtensions.StatusPortKey,
    };

    private static string? Problem(string name, string value) => name switch
    {
        "--server" when !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) =>
            $"--server must be Baton's http:// or https:// address, e.g. https://baton.example.com, not '{value}'.",
        "--status-port" when !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535) =>
            $"--status-port must be a port number from 1 to 65535, not '{value}'.",
        _ => null,
    };

    private static (string Name, string? Value) Split(string argument) =>
        argument.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
}
