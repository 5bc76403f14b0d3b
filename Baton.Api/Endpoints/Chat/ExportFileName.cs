using System.Text;

namespace Baton.Api.Endpoints.Chat;

/// <summary>A file name a download can carry on any system: the title's letters and digits, words joined by dashes.</summary>
public static class ExportFileName
{
    private const int MaxLength = 60;
    private const string Fallback = "conversation";

    public static string For(string title)
    {
        var name = new StringBuilder();
        foreach (var character in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(character))
            {
                name.Append(char.ToLowerInvariant(character));
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var trimmed = name.ToString(0, Math.Min(name.Length, MaxLength)).Trim('-');
        return trimmed.Length == 0 ? Fallback : trimmed;
    }
}
