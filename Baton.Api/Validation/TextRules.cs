using FluentValidation;

namespace Baton.Api.Validation;

/// <summary>
/// Text a person typed may not carry control characters: PostgreSQL refuses NUL outright, and the
/// others (escape sequences, bells) only garble what other screens and logs show.
/// </summary>
public static class TextRules
{
    /// <summary>For a one-line value: a name, a title, a path, an address.</summary>
    public static IRuleBuilderOptions<T, TText> WithoutControlCharacters<T, TText>(this IRuleBuilder<T, TText> rule) =>
        rule.Must(text => text is not string value || !value.Any(char.IsControl))
            .WithMessage("'{PropertyName}' must not contain control characters.");

    /// <summary>For written text such as a message: line breaks and tabs are its own.</summary>
    public static IRuleBuilderOptions<T, TText> WithoutControlCharactersButLineBreaks<T, TText>(this IRuleBuilder<T, TText> rule) =>
        rule.Must(text => text is not string value || !value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("'{PropertyName}' must not contain control characters other than line breaks and tabs.");
}
