using System.Net;
using System.Net.Http.Json;
using Baton.Api.Endpoints.Chat;
using Baton.Tests.Infrastructure;

namespace Baton.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class UploadsTests(ApiFixture app)
{
    private const long MaxBytes = 25 * 1024 * 1024;

    [Fact]
    public async Task Upload_comes_back_byte_for_byte_from_either_instance()
    {
        using var user = await ApiUser.SignUpAsync(app);
        var conversation = await user.CreateConversationAsync((await user.CreateProjectAsync()).Id);
        var content = new byte[300_000];
        Random.Shared.NextBytes(content);

        var upload = await user.UploadAsync(content, "diagram.png", "image/png", conversation.Id);
        using var api2 = user.ClientOf("api2");
        using var download = await api2.GetAsync($"/api/chat/uploads/{upload.Id}");

        Assert.Equal(("diagram.png", "image/png", content.Length, conversation.Id), (upload.FileName, upload.MediaType, (int)upload.Size, upload.ConversationId!.Value));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("diagram.png", download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/markdown")]
    [InlineData("application/json")]
    [InlineData("application/pdf")]
    [InlineData("image/jpeg")]
    [InlineData("image/gif")]
    [InlineData("image/webp")]
    public async Task Allowed_media_types_are_accepted(string mediaType)
    {
        using var user = await ApiUser.SignUpAsync(app);

        var upload = await user.UploadAsync("x"u8.ToArray(), "file", mediaType);

        Assert.Equal(mediaType, upload.MediaType);
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData(@"C:\Users\me\notes.txt", "notes.txt")]
    [InlineData("report:final?.txt", "report_final_.txt")]
    [InlineData("photo\u202Egnp.exe", "photognp.exe")]
    [InlineData("\u2067invoice\u2069\u200F.pdf", "invoice.pdf")]
    public async Task File_names_lose_their_path_forbidden_characters_and_reordering_marks(string sent, string stored)
    {
        using var user = await ApiUser.SignUpAsync(app);

        var upload = await user.UploadAsync("x"u8.ToArray(), sent);

        Assert.Equal(stored, upload.FileName);
    }

    [Theory]
    [InlineData("../")]
    [InlineData("..")]
    [InlineData("dir/..")]
    public async Task File_name_made_only_of_path_characters_is_a_validation_problem(string fileName)
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsync("/api/chat/upload", UploadForm.Create("x"u8.ToArray(), fileName, "text/plain"));

        await ProblemAssert.IsValidationProblemAsync(response, "file");
    }

    [Theory]
    [InlineData("application/x-msdownload")]
    [InlineData("application/zip")]
    [InlineData("image/svg+xml")]
    [InlineData("video/mp4")]
    public async Task Forbidden_media_types_are_unsupported(string mediaType)
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsync("/api/chat/upload", UploadForm.Create("x"u8.ToArray(), "file.bin", mediaType));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Upload_one_byte_over_the_limit_is_too_large()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsync("/api/chat/upload", UploadForm.Create(new byte[MaxBytes + 1], "big.txt", "text/plain"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Upload_exactly_at_the_limit_is_accepted()
    {
        using var user = await ApiUser.SignUpAsync(app);

        var upload = await user.UploadAsync(new byte[MaxBytes], "big.txt");

        Assert.Equal(MaxBytes, upload.Size);
    }

    [Fact]
    public async Task Upload_without_a_file_is_a_bad_request()
    {
        using var user = await ApiUser.SignUpAsync(app);
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        using var response = await user.Client.PostAsync("/api/chat/upload", form);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Upload_to_an_unknown_conversation_is_not_found()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsync("/api/chat/upload", UploadForm.Create("x"u8.ToArray(), "a.txt", "text/plain", Guid.NewGuid()));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_upload_is_not_found()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.GetAsync($"/api/chat/uploads/{Guid.NewGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Image_of_a_conversation_is_not_served_to_another_user()
    {
        using var owner = await ApiUser.SignUpAsync(app);
        using var intruder = await ApiUser.SignUpAsync(app);
        var conversation = await owner.CreateConversationAsync((await owner.CreateProjectAsync()).Id);
        var image = await owner.UploadAsync([137, 80, 78, 71], "screenshot.png", "image/png", conversation.Id);

        using var response = await intruder.Client.GetAsync($"/api/chat/uploads/{image.Id}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_response_matches_what_the_download_serves()
    {
        using var user = await ApiUser.SignUpAsync(app);

        using var response = await user.Client.PostAsync("/api/chat/upload", UploadForm.Create("{}"u8.ToArray(), "data.json", "application/json; charset=utf-8"));
        var upload = await response.Content.ReadFromJsonAsync<UploadResponse>(ApiJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/chat/uploads/{upload!.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("application/json", upload.MediaType);
    }
}
