using System.Text.RegularExpressions;

namespace Baton.Api.Endpoints.Chat;

/// <summary>The shape of a Claude model name or alias (<c>sonnet</c>, <c>claude-opus-4-1</c>, <c>opus[1m]</c>), as handed to the CLI.</summary>
public static partial class ModelName
{
    public static bool IsValid(string? model) => model is null || Pattern().IsMatch(model);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:\-\[\]]{0,99}$")]
    private static partial Regex Pattern();
}
