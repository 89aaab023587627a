using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormExtract.Service.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Service.Tests;

/// <summary>The service over real HTTP on 127.0.0.1.</summary>
public sealed class ServiceTests
{
    private static readonly byte[] RealDump = File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));

    [Fact]
    public async Task Health_answers_with_the_version()
    {
        await using var service = await RunningService.StartAsync();

        using var health = JsonDocument.Parse(await service.Client.GetStringAsync(new Uri("/health", UriKind.Relative)));

        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(ToolVersion.Current, health.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Schema_is_the_repository_schema()
    {
        await using var service = await RunningService.StartAsync();

        using var response = await service.Client.GetAsync(new Uri("/schema", UriKind.Relative));

        Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(File.ReadAllText(Repository.SchemaPath), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_uploaded_text_dump_comes_back_as_its_schema_valid_document()
    {
        await using var service = await RunningService.StartAsync();

        using var response = await service.Client.PostAsync(new Uri("/extract", UriKind.Relative), Upload.File("shanghai.txt", RealDump));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        SchemaAssert.ValidDocument(json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(12, document.RootElement.GetProperty("forms").GetArrayLength());
        Assert.Equal("shanghai.txt", document.RootElement.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public async Task An_uploaded_pdf_is_read_by_its_text_layer()
    {
        await using var service = await RunningService.StartAsync();
        var pdf = File.ReadAllBytes(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.pdf"));

        using var response = await service.Client.PostAsync(new Uri("/extract", UriKind.Relative), Upload.File("form.pdf", pdf));

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("pdf", document.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task Uploads_over_the_limit_are_refused_with_413_and_the_limit()
    {
        await using var service = await RunningService.StartAsync(new ServiceOptions { MaxUploadBytes = 64 * 1024 });
        var large = RealDump.Concat(RealDump).Concat(RealDump).ToArray();
        Assert.True(large.Length > 64 * 1024);

        // As curl does for large bodies, the client waits for the server's go-ahead (Expect: 100-continue), so the
        // refusal reaches it before the body is sent, instead of a connection reset mid-upload.
        using var announced = await PostExpectingContinueAsync(service, "/extract", Upload.File("large.txt", large));
        using var chunked = await PostExpectingContinueAsync(service, "/extract", await Upload.ChunkedAsync(Upload.File("large.txt", large)));
        using var validate = await PostExpectingContinueAsync(service, "/validate", new ByteArrayContent(large));

        foreach (var response in new[] { announced, chunked, validate })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("65536 bytes", await Detail(response), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_uploads_are_refused_with_400_saying_why()
    {
        await using var service = await RunningService.StartAsync();
        var extract = new Uri("/extract", UriKind.Relative);

        using var notMultipart = await service.Client.PostAsync(extract, new StringContent("hello", Encoding.UTF8, "text/plain"));
        using var wrongField = await service.Client.PostAsync(extract, Upload.File("a.txt", RealDump, field: "document"));
        using var empty = await service.Client.PostAsync(extract, Upload.File("empty.txt", []));
        var broken = new ByteArrayContent("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nno end"u8.ToArray());
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using var truncated = await service.Client.PostAsync(extract, broken);

        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
        Assert.Contains("multipart/form-data", await Detail(notMultipart), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Contains("'file'", await Detail(wrongField), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty.txt is empty", await Detail(empty), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Contains("cannot be read", await Detail(truncated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_holds_no_form_still_gets_a_document_naming_the_problem()
    {
        await using var service = await RunningService.StartAsync();
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        using var response = await service.Client.PostAsync(new Uri("/extract", UriKind.Relative), Upload.File("random.bin", random));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warning = document.RootElement.GetProperty("warnings")[0];
        Assert.Contains("random.bin", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extractions_beyond_the_limit_are_answered_429_at_once_and_the_running_one_completes()
    {
        await using var service = await RunningService.StartAsync(new ServiceOptions { MaxConcurrentExtractions = 1 });
        var multipart = Upload.File("held.txt", RealDump);
        var bytes = await multipart.ReadAsByteArrayAsync();
        using var held = new HeldBackStream(bytes, sentFirst: bytes.Length - 100);
        var slow = new StreamContent(held);
        slow.Headers.ContentType = multipart.Headers.ContentType;

        var first = service.Client.PostAsync(new Uri("/extract", UriKind.Relative), slow);
        await held.Started;
        await Task.Delay(500); // the server has the headers and most of the body, and holds the only slot while the upload goes on
        using var second = await service.Client.PostAsync(new Uri("/extract", UriKind.Relative), Upload.File("b.txt", RealDump));
        held.Release();
        using var firstResponse = await first;

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("1", second.Headers.RetryAfter!.ToString());
        Assert.Contains("1 extraction slots are busy", await Detail(second), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        using var document = JsonDocument.Parse(await firstResponse.Content.ReadAsStringAsync());
        Assert.Equal(12, document.RootElement.GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public async Task Two_hundred_requests_eight_at_a_time_lose_none()
    {
        await using var service = await RunningService.StartAsync(new ServiceOptions { MaxConcurrentExtractions = 8 });
        var inputs = Directory.EnumerateFiles(Repository.Path("corpus", "synthetic", "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var answers = new System.Collections.Concurrent.ConcurrentBag<(int Index, HttpStatusCode Status, string Sha, int Forms)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var bytes = inputs[i % inputs.Length];
            using var response = await service.Client.PostAsync(new Uri("/extract", UriKind.Relative), Upload.File($"{i}.txt", bytes), ct);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var source = document.RootElement.GetProperty("source");
            answers.Add((i, response.StatusCode, source.GetProperty("sha256").GetString()!, document.RootElement.GetProperty("forms").GetArrayLength()));
        });

        Assert.Equal(200, answers.Count);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers, a => Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(inputs[a.Index % inputs.Length])), a.Sha));
        Assert.All(answers, a => Assert.True(a.Forms > 0));
    }

    [Fact]
    public async Task Validate_returns_a_corrected_document_with_its_findings_recomputed()
    {
        await using var service = await RunningService.StartAsync();
        using var extracted = await service.Client.PostAsync(new Uri("/extract", UriKind.Relative), Upload.File("a.txt", RealDump));
        var document = JsonNode.Parse(await extracted.Content.ReadAsStringAsync())!;
        document["forms"]![0]!["totalScore"]!["value"] = 97;
        document["forms"]![0]!["totalScore"]!["text"] = "97";

        using var response = await service.Client.PostAsync(new Uri("/validate", UriKind.Relative), new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        SchemaAssert.ValidDocument(json);
        var findings = JsonNode.Parse(json)!["forms"]![0]!["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["rule"]!.GetValue<string>() == "total-score" && f["stated"]!.GetValue<string>() == "97");
    }

    [Fact]
    public async Task Validate_refuses_a_body_that_is_not_a_document_naming_the_field()
    {
        await using var service = await RunningService.StartAsync();
        var body = "{\"schema\": \"formextract/document/v1\", \"source\": {\"path\": \"a\", \"sha256\": \"00\", \"format\": \"text\"}, \"forms\": [], \"warnings\": []}";

        using var response = await service.Client.PostAsync(new Uri("/validate", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(problem.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString() == "/source/sha256");
    }

    [Fact]
    public async Task The_openapi_description_lists_every_endpoint_and_its_refusals()
    {
        await using var service = await RunningService.StartAsync();

        using var openApi = JsonDocument.Parse(await service.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = openApi.RootElement.GetProperty("paths");
        Assert.Equal(["/extract", "/health", "/schema", "/validate"], paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var extract = paths.GetProperty("/extract").GetProperty("post");
        Assert.Equal(["200", "400", "413", "429"], extract.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.True(extract.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
    }

    private static Task<HttpResponseMessage> PostExpectingContinueAsync(RunningService service, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;
        return service.Client.SendAsync(request);
    }

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
