using System.Net.Http.Json;
using Baton.Api.Conversations;
using Baton.Api.Endpoints.Chat;
using Baton.Contracts.Conversations;
using Baton.Contracts.Hubs;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Realtime;

/// <summary>A project's room hears its conversations come, change and go, whichever instance served the change.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConversationRoomTests(ApiFixture app)
{
    [Fact]
    public async Task A_projects_room_hears_conversations_created_renamed_and_deleted_on_the_other_instance()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", connectBridge: false);
        await chat.Browser.InvokeAsync(WireEvents.ProjectJoin, new ProjectRoomRequest(chat.Project.Id));
        using var otherInstance = chat.User.ClientOf("api2");

        using var created = await otherInstance.PostAsJsonAsync("/api/chat/conversations",
            new CreateConversationRequest(chat.Project.Id, "Fresh", null, null), ApiJson.Options);
        var conversation = (await created.Content.ReadFromJsonAsync<ConversationResponse>(ApiJson.Options))!;
        var heardCreated = await chat.Browser.Events.WaitForAsync<ConversationChanged>(WireEvents.ConversationCreated, c => c.Conversation.Id == conversation.Id);
        using var renamed = await otherInstance.PatchAsJsonAsync($"/api/chat/conversation/{conversation.Id}",
            new UpdateConversationRequest("Renamed", null), ApiJson.Options);
        var heardUpdated = await chat.Browser.Events.WaitForAsync<ConversationChanged>(WireEvents.ConversationUpdated, c => c.Conversation.Id == conversation.Id);
        using var deleted = await otherInstance.DeleteAsync($"/api/chat/conversation/{conversation.Id}");
        var heardDeleted = await chat.Browser.Events.WaitForAsync<ConversationChanged>(WireEvents.ConversationDeleted, c => c.Conversation.Id == conversation.Id);

        Assert.Equal((chat.Project.Id, "Fresh"), (heardCreated.ProjectId, heardCreated.Conversation.Title));
        Assert.Equal("Renamed", heardUpdated.Conversation.Title);
        Assert.Equal("Renamed", heardDeleted.Conversation.Title);
        await chat.Browser.InvokeAsync(WireEvents.ProjectLeave, new ProjectRoomRequest(chat.Project.Id));
    }

    [Fact]
    public async Task A_new_conversation_is_named_by_its_first_message_and_a_name_given_by_the_person_stays()
    {
        await using var chat = await ChatScenario.StartAsync(app, browserOn: "api", bridgeOn: "api2");
        await chat.Browser.InvokeAsync(WireEvents.ProjectJoin, new ProjectRoomRequest(chat.Project.Id));
        var unnamed = await chat.User.CreateConversationAsync(chat.Project.Id);
        var named = await chat.User.CreateConversationAsync(chat.Project.Id, "My own name");

        await chat.Browser.SendAsync(unnamed.Id, "  Fix the   flaky\tlogin test\nthen run the whole suite");
        var heard = await chat.Browser.Events.WaitForAsync<ConversationChanged>(WireEvents.ConversationUpdated, c => c.Conversation.Id == unnamed.Id);
        await chat.Browser.SendAsync(named.Id, "Something else entirely");
        await chat.Browser.Events.WaitForAsync<ConversationChanged>(WireEvents.ConversationUpdated, c => c.Conversation.Id == named.Id);

        Assert.Equal(ConversationTitle.Default, unnamed.Title);
        Assert.Equal("Fix the flaky login test", heard.Conversation.Title);
        Assert.Equal("Fix the flaky login test", (await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{unnamed.Id}")).Title);
        Assert.Equal("My own name", (await chat.User.GetAsync<ConversationResponse>($"/api/chat/conversation/{named.Id}")).Title);
    }
}
