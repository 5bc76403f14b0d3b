namespace Baton.Contracts.Sessions;

/// <summary>The answer to <c>sessions:list</c>, newest first; <paramref name="Truncated"/> when more sessions matched than were sent.</summary>
public sealed record LocalSessionListing(IReadOnlyList<LocalSession> Sessions, bool Truncated);
