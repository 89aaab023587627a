using System.Net.Http.Headers;

namespace FormExtract.Service.Tests.Support;

/// <summary>Multipart bodies as a browser or curl sends them.</summary>
internal static class Upload
{
    public static MultipartFormDataContent File(string name, byte[] bytes, string field = "file")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, field, name);
        return content;
    }

    /// <summary>The same body sent chunked, without a Content-Length, so its size is only known as it arrives.</summary>
    public static async Task<HttpContent> ChunkedAsync(MultipartFormDataContent multipart)
    {
        var bytes = await multipart.ReadAsByteArrayAsync();
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = multipart.Headers.ContentType;
        return content;
    }
}
