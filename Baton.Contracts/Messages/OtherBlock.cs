using System.Text.Json;

namespace Baton.Contracts.Messages;

/// <summary>A whole CLI content block of a type Baton does not show yet (its <c>type</c> is <see cref="CliType"/>), kept so nothing is lost.</summary>
public sealed record OtherBlock(string CliType, JsonElement Raw) : MessageBlock;
