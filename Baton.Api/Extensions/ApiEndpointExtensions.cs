using Baton.Api.Endpoints.Auth;
using Baton.Api.Endpoints.BridgeAccess;
using Baton.Api.Endpoints.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Downloads;
using Baton.Api.Endpoints.Invitations;
using Baton.Api.Endpoints.Projects;
using Baton.Api.Endpoints.Search;
using Baton.Api.Hubs;
using Baton.Api.LocalSessions;
using Baton.Api.SlashCommands;

namespace Baton.Api.Extensions;

public static class ApiEndpointExtensions
{
    /// <summary>The HTTP data API (accounts, projects, conversations and history, search, uploads, bridges, invitations and the bridge download) and the hubs.</summary>
    public static WebApplication MapBatonApi(this WebApplication app)
    {
        app.MapAuthApi();
        app.MapProjectsApi();
        app.MapConversationsApi();
        app.MapHistoryApi();
        app.MapExportApi();
        app.MapSearchApi();
        app.MapTerminalApi();
        app.MapLocalSessionsApi();
        app.MapUploadsApi();
        app.MapBridgesApi();
        app.MapBridgeApi();
        app.MapInvitationsApi();
        app.MapDownloadsApi();
        app.MapSlashCommandsApi();
        app.MapBatonHubs();
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
        }

        return app;
    }
}
