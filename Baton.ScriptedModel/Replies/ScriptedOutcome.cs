namespace Baton.ScriptedModel.Replies;

/// <summary>What a scenario answers: a message (<see cref="ScriptedReply"/>) or an HTTP error (<see cref="ScriptedError"/>).</summary>
public abstract record ScriptedOutcome;
