namespace Baton.Api.Push;

/// <summary>
/// What a push carries to the service worker, which shows it as a notification: clicking opens
/// <paramref name="Url"/>; <paramref name="Answer"/> adds Allow and Deny buttons that answer one prompt.
/// A later push with the same <paramref name="Tag"/> replaces the notification.
/// </summary>
public sealed record PushNotice(string Title, string Body, string Url, string Tag, PushNoticeAnswer? Answer);

/// <summary>The prompt the buttons answer, and the token that lets the service worker answer it over HTTP.</summary>
public sealed record PushNoticeAnswer(Guid PromptId, string Token);
