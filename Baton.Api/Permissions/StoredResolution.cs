using Baton.Contracts.Permissions;

namespace Baton.Api.Permissions;

/// <summary>A prompt's resolution as stored (with its seq), and the version its run's answer content moved to with it.</summary>
public sealed record StoredResolution(Guid RunId, PermissionResolved Event, int ContentVersion);
