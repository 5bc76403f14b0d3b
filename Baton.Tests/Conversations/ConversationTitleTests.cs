using Baton.Api.Conversations;

namespace Baton.Tests.Conversations;

public sealed class ConversationTitleTests
{
    [Theory]
    [InlineData("Why does the build fail?", "Why does the build fail?")]
    [InlineData("\n\n   \n  Second   line\tfirst  \nthird", "Second line first")]
    [InlineData("Please look at the login form and tell me why the session expires so early on phones",
        "Please look at the login form and tell me why the session…")]
    [InlineData("https://example.invalid/a/very/long/address/without/any/spaces/at/all/in/it/anywhere",
        "https://example.invalid/a/very/long/address/without/any/spa…")]
    public void A_title_is_the_first_line_with_text_folded_and_cut_at_a_word(string message, string title)
    {
        var named = ConversationTitle.FromMessage(message);

        Assert.Equal(title, named);
        Assert.InRange(named!.Length, 1, ConversationTitle.MaxLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n ")]
    public void A_message_without_text_names_nothing(string message) =>
        Assert.Null(ConversationTitle.FromMessage(message));
}
