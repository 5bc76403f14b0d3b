using System.Net.Http.Headers;

namespace Baton.Tests.Infrastructure;

public static class UploadForm
{
    /// <summary>The multipart body of <c>POST /api/chat/upload</c>.</summary>
    public static MultipartFormDataContent Create(byte[] content, string fileName, string mediaType, Guid? conversationId = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (conversationId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "conversationId");
        }

        return form;
    }
}
