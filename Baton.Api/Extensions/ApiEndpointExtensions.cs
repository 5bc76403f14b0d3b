using Baton.Api.Endpoints.Auth;
using Baton.Api.Endpoints.BridgeAccess;
using Baton.Api.Endpoints.Bridges;
using Baton.Api.Endpoints.Chat;
using Baton.Api.Endpoints.Downloads;
using Baton.Api.Endpoints.Inbox;
using Baton.Api.Endpoints.Invitations;
using Baton.Api.Endpoints.Projects;
using Baton.Api.Endpoints.Push;
using Baton.Api.Endpoints.Search;
using Baton.Api.Hubs;
using Baton.Api.LocalSessions;
using Baton.Api.SlashCommands;
using Baton.Api.Usage;

namespace Baton.Api.Extensions;

public static class ApiEndpointExtensions
{
    /// <summary>The HTTP data API (accounts, projects, conversations and history, search, the inbox, usage, push notifications, uploads, bridges, invitations and the bridge download) and the hubs.</summary>
    public static WebApplication MapBatonApi(this WebApplication app)
    {
        app.MapAuthApi();
        app.MapProjectsApi();
        app.MapConversationsApi();
        app.MapHistoryApi();
        app.MapExportApi();
        app.MapSearchApi();
        app.MapInboxApi();
        app.MapPushApi();
        app.MapTerminalApi();
        app.MapLocalSessionsApi();
        app.MapUploadsApi();
        app.MapBridgesApi();
        app.MapBridgeApi();
        app.MapInvitationsApi();
        app.MapDownloadsApi();
        app.MapSlashCommandsApi();
        app.MapUsageApi();
        app.MapBatonHubs();
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
        }

        return app;
    }
}
