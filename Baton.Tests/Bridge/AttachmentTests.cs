using System.Text;
using System.Text.Json;
using Baton.Contracts.Runs;
using Baton.Tests.Bridge.Support;

namespace Baton.Tests.Bridge;

/// <summary>Attachments are fetched from the API with the bridge token and handed to the CLI.</summary>
public sealed class AttachmentTests
{
    /// <summary>A 1×1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task An_image_goes_to_the_model_and_another_file_is_saved_in_the_project()
    {
        await using var host = await BridgeTestHost.StartAsync();
        var image = new RunAttachment(Guid.NewGuid(), "pixel.png", "image/png", Png.Length);
        var notes = new RunAttachment(Guid.NewGuid(), "../notes.md", "text/markdown", 6);
        host.Api.Uploads[image.Id] = (image.MediaType, Png);
        host.Api.Uploads[notes.Id] = (notes.MediaType, Encoding.UTF8.GetBytes("# Plan"));

        var requestId = await host.StartRunAsync(host.NewRun("hello with files", attachments: [image, notes]));
        await host.WaitForCompletionAsync(requestId);

        var savedAs = $".baton/uploads/{notes.Id:N}/notes.md";
        Assert.Equal("# Plan", await File.ReadAllTextAsync(Path.Combine(host.ProjectRoot, savedAs)));
        Assert.Equal("*\n", await File.ReadAllTextAsync(Path.Combine(host.ProjectRoot, ".baton", ".gitignore")));
        var blocks = (await host.ModelRequestsAsync()).Last().GetProperty("messages").EnumerateArray()
            .Where(message => message.GetProperty("role").GetString() == "user")
            .SelectMany(message => message.GetProperty("content") is { ValueKind: JsonValueKind.Array } content ? content.EnumerateArray() : [])
            .ToList();
        var imageBlock = Assert.Single(blocks, block => RunLog.Text(block, "type") == "image");
        Assert.Equal(Convert.ToBase64String(Png), imageBlock.GetProperty("source").GetProperty("data").GetString());
        Assert.Contains(blocks, block => RunLog.Text(block, "text") is { } text && text.Contains("hello with files") && text.Contains(savedAs));
    }
}
