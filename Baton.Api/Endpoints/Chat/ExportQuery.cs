using Microsoft.AspNetCore.Mvc;

namespace Baton.Api.Endpoints.Chat;

/// <summary>How to export a conversation: <c>markdown</c> to read, <c>json</c> (typed blocks) to process.</summary>
public sealed record ExportQuery([FromQuery(Name = "format")] string Format = ExportQuery.Markdown)
{
    public const string Markdown = "markdown";
    public const string Json = "json";
}
