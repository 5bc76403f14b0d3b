namespace Baton.Bridge.CommandLine;

public static class BridgeUsage
{
    public const string Text = """
        Usage: baton-bridge --server URL --token TOKEN --workspace DIR [--name NAME] [--status-port PORT]

        Runs Claude Code on this machine for a Baton server. The bridge dials out to the server and opens no port.

        Options:
          --server URL        Baton's address, as the Bridges page shows it (e.g. https://baton.example.com).
          --token TOKEN       The bridge token created on the Bridges page.
          --workspace DIR     A folder whose sub-folders projects may use; repeat it for more than one.
          --name NAME         What this bridge calls itself in its log and status (default: the machine's name);
                              Baton lists the bridge under the name its token was created with.
          --status-port PORT  Serve /health and /status on localhost at this port.
          --help              Show this help.

        Every setting can also be given as configuration: --Bridge:Token=..., the environment
        (Bridge__Token, Claude__CliPath, ...) or appsettings.json beside the bridge.
        """;
}
