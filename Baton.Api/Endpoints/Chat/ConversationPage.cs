namespace Baton.Api.Endpoints.Chat;

public sealed record ConversationPage(IReadOnlyList<ConversationResponse> Items, int Page, int PageSize, int TotalCount);
