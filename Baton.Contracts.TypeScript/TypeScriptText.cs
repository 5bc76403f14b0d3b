using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Baton.Contracts.TypeScript;

/// <summary>
/// Writes TypeScript the way Prettier would (Baton.Frontend's settings: single quotes,
/// printWidth 100), so the generated file passes <c>npm run format:check</c> untouched.
/// </summary>
internal static partial class TypeScriptText
{
    public const string Indent = "  ";
    private const int PrintWidth = 100;

    public static string Quote(string value) => $"'{value.Replace("\\", "\\\\").Replace("'", "\\'")}'";

    /// <summary>A property name, quoted only when it is not an identifier (Prettier's quoteProps: as-needed).</summary>
    public static string PropertyKey(string name) => IdentifierPattern().IsMatch(name) ? name : Quote(name);

    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary><c>export type Name = A | B;</c>, wrapped as Prettier wraps it when that is too wide.</summary>
    public static string Union(string name, IEnumerable<string> members)
    {
        var list = members.ToList();
        var oneLine = $"export type {name} = {string.Join(" | ", list)};";
        if (oneLine.Length <= PrintWidth)
        {
            return oneLine + "\n";
        }

        // As Prettier does: next on one indented line when it fits there, else one member a line.
        var indentedLine = $"{Indent}{string.Join(" | ", list)};";
        if (indentedLine.Length <= PrintWidth)
        {
            return $"export type {name} =\n{indentedLine}\n";
        }

        var text = new StringBuilder($"export type {name} =\n");
        foreach (var member in list)
        {
            text.Append($"{Indent}| {member}\n");
        }

        return text.Insert(text.Length - 1, ';').ToString();
    }

    /// <summary><c>export type Name = { ... };</c> with one member a line.</summary>
    public static string ObjectType(string name, IEnumerable<string> memberLines) =>
        $"export type {name} = {Block(memberLines)};\n";

    /// <summary><c>export const Name = { key: 'value', ... } as const;</c> with one entry a line.</summary>
    public static string ConstObject(string name, IEnumerable<(string Key, string Value)> entries) =>
        Const(name, entries.Select(entry => $"{entry.Key}: {Quote(entry.Value)},"));

    /// <summary><c>export const Name = { key: 1, ... } as const;</c> with one entry a line.</summary>
    public static string ConstNumbers(string name, IEnumerable<(string Key, int Value)> entries) =>
        Const(name, entries.Select(entry => $"{entry.Key}: {entry.Value},"));

    private static string Const(string name, IEnumerable<string> memberLines) => $"export const {name} = {Block(memberLines)} as const;\n";

    /// <summary>
    /// A braced block, always expanded (Prettier keeps an object expanded once it is); lines that
    /// open a nested block carry their own extra indentation.
    /// </summary>
    private static string Block(IEnumerable<string> memberLines)
    {
        var text = new StringBuilder("{\n");
        foreach (var line in memberLines)
        {
            text.Append($"{Indent}{line}\n");
        }

        return text.Append('}').ToString();
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex IdentifierPattern();
}
