using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Baton.ScriptedModel.RequestLogging;

/// <summary>
/// The most recent <c>/v1/messages</c> request bodies, oldest first, so tests can check what
/// the CLI sent. Older bodies drop off once the capacity is reached.
/// </summary>
public sealed class RequestLog(IOptions<ScriptedModelOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Queue<JsonElement> _bodies = new();

    public void Record(JsonElement body)
    {
        // Cloned so the body outlives the request's pooled JSON document.
        var copy = body.Clone();
        lock (_gate)
        {
            _bodies.Enqueue(copy);
            while (_bodies.Count > options.Value.RequestLogCapacity)
            {
                _bodies.Dequeue();
            }
        }
    }

    public IReadOnlyList<JsonElement> Bodies()
    {
        lock (_gate)
        {
            return [.. _bodies];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _bodies.Clear();
        }
    }
}
