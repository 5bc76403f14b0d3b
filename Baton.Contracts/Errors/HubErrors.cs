using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;

namespace Baton.Contracts.Errors;

/// <summary>
/// Failures of a hub call travel as a <see cref="HubException"/> whose message is
/// <c>&lt;code&gt;: &lt;text&gt;</c>; the caller sees it wrapped, and reads the code back here.
/// </summary>
public static class HubErrors
{
    private const string WrappedMarker = "HubException: ";

    /// <summary>Every value of <see cref="ErrorCodes"/>.</summary>
    public static FrozenSet<string> KnownCodes { get; } = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The exception a hub method throws for a failure the caller should see.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not one of <see cref="ErrorCodes"/>.</exception>
    public static HubException Create(string code, string text)
    {
        if (!KnownCodes.Contains(code))
        {
            throw new ArgumentException($"'{code}' is not one of {nameof(ErrorCodes)}.", nameof(code));
        }

        return new HubException($"{code}: {text}");
    }

    /// <summary>
    /// The error code in an exception from a hub call, looking through inner exceptions;
    /// null when there is none, e.g. for a timed-out client-result call.
    /// </summary>
    public static string? ExtractCode(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (ExtractCode(current.Message) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The text after the error code in an exception from a hub call; its whole message when it has no code.</summary>
    public static string ExtractText(Exception exception)
    {
        if (ExtractCode(exception) is not { } code)
        {
            return exception.Message;
        }

        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            var at = current.Message.LastIndexOf(code + ": ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return current.Message[(at + code.Length + 2)..];
            }
        }

        return exception.Message;
    }

    /// <summary>
    /// The error code in a message, either raw (<c>run_in_progress: ...</c>) or as a client sees it
    /// (<c>An unexpected error occurred invoking 'x' on the server. HubException: run_in_progress: ...</c>).
    /// </summary>
    public static string? ExtractCode(string message)
    {
        var markerAt = message.LastIndexOf(WrappedMarker, StringComparison.Ordinal);
        var rest = markerAt < 0 ? message.AsSpan() : message.AsSpan(markerAt + WrappedMarker.Length);
        var colonAt = rest.IndexOf(':');
        if (colonAt <= 0)
        {
            return null;
        }

        var lookup = KnownCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(rest[..colonAt], out var code) ? code : null;
    }
}
