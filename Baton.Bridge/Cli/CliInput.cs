using System.Text.Json.Nodes;

namespace Baton.Bridge.Cli;

/// <summary>
/// A CLI process's stdin: one JSON line at a time, never two interleaved, until it is closed
/// (or the process has exited), after which a write fails with <see cref="IOException"/>.
/// </summary>
internal sealed class CliInput(StreamWriter writer, Func<bool> hasExited)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _closed;

    public Task WriteLineAsync(JsonNode message, CancellationToken cancellationToken) =>
        WriteLineIfAsync(message, static () => true, cancellationToken);

    /// <summary>Writes <paramref name="message"/> only if <paramref name="stillWanted"/> holds once no other line is being written.</summary>
    public async Task WriteLineIfAsync(JsonNode message, Func<bool> stillWanted, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (stillWanted())
            {
                await WriteCoreAsync(message, cancellationToken);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Closes stdin, which lets the CLI flush its transcript and exit.</summary>
    public async Task CloseAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (!_closed)
            {
                _closed = true;
                writer.Close();
            }
        }
        catch (IOException)
        {
            // Already gone: nothing left to close.
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task WriteCoreAsync(JsonNode message, CancellationToken cancellationToken)
    {
        if (_closed || hasExited())
        {
            throw new IOException("The Claude Code CLI no longer reads its input.");
        }

        try
        {
            await writer.WriteAsync((message.ToJsonString() + "\n").AsMemory(), cancellationToken);
            await writer.FlushAsync(cancellationToken);
        }
        catch (ObjectDisposedException exception)
        {
            throw new IOException("The Claude Code CLI no longer reads its input.", exception);
        }
    }
}
