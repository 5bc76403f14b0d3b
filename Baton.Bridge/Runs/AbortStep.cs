namespace Baton.Bridge.Runs;

/// <summary>What an abort request leads to.</summary>
public enum AbortStep
{
    /// <summary>The run had ended or was already being aborted: a repeat, answered but not applied.</summary>
    Ignored,

    /// <summary>Its message had not reached the CLI yet: the run ended as aborted at once.</summary>
    Ended,

    /// <summary>The CLI is working on it: interrupt the turn, and kill the process if that takes too long.</summary>
    Interrupt,
}
