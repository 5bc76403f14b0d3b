using System.Net;
using System.Net.Http.Json;
using Baton.Api.SlashCommands;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class SlashCommandsApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_project_Claude_Code_has_not_run_in_lists_no_commands()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var project = await user.CreateProjectAsync();

        var answer = await user.Client.GetFromJsonAsync<SlashCommandsResponse>($"/api/projects/{project.Id}/slash-commands", ApiJson.Options);

        Assert.Empty(answer!.Commands);
    }

    [Fact]
    public async Task Another_users_project_is_not_found()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        using var intruder = await ApiUser.SignUpAsync(app);
        var project = await owner.CreateProjectAsync();

        using var response = await intruder.Client.GetAsync($"/api/projects/{project.Id}/slash-commands");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
