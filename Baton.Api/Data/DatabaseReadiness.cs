namespace Baton.Api.Data;

/// <summary>Set once the schema is migrated and the seed data is in place; until then the API is not ready.</summary>
public sealed class DatabaseReadiness
{
    private volatile bool _isReady;

    public bool IsReady => _isReady;

    public void MarkReady() => _isReady = true;
}
