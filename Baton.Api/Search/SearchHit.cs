using Baton.Api.Data.Entities;

namespace Baton.Api.Search;

/// <summary>A message that matched a search, where it is, and a snippet of it with the matched words marked.</summary>
public sealed record SearchHit(
    Guid MessageId,
    Guid ConversationId,
    string ConversationTitle,
    Guid ProjectId,
    string ProjectName,
    MessageRole Role,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SnippetPart> Snippet);
