using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("https://localhost:8443", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://+:5080", true)]
    [InlineData("http://localhost", true)]
    [InlineData("http://127.0.0.1:notaport", false)]
    [InlineData("http://127.0.0.1:50800x", false)]
    [InlineData("http://127.0.0.1:70000", false)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("127.0.0.1:5080", false)]
    [InlineData("ftp://127.0.0.1:5080", false)]
    [InlineData("http://127.0.0.1:5080/api", false)]
    public void An_address_is_one_to_listen_on_only_as_written(string address, bool listens) =>
        Assert.Equal(listens, ServeCommand.IsListenAddress(address));

    [Fact]
    public async Task An_address_with_a_port_that_is_no_number_is_refused_before_anything_listens()
    {
        var run = CliRunner.RunRawAsync("serve", "--urls", "http://127.0.0.1:notaport");

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Equal(2, await run);
    }

    [Fact]
    public async Task Serve_listens_where_told_and_extracts_an_upload_until_stopped()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, Environment = { ["DOTNET_TieredCompilation"] = "1" } };
        foreach (var arg in new[] { CliProcess.Dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--max-extractions", "2" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = ChildProcess.Start(start);
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealthAsync(client);
            using var upload = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"))), "file", "a.txt" } };

            using var response = await client.PostAsync(new Uri("/extract", UriKind.Relative), upload);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            SchemaAssert.ValidDocument(await response.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        Assert.Contains($"Listening on http://127.0.0.1:{port}", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_limit_is_a_usage_error()
    {
        var run = await CliProcess.RunAsync(Path.GetTempPath(), null, "serve", "--max-upload-mb", "lots");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-upload-mb", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
    }

    [Fact]
    public async Task A_limit_setting_that_is_unknown_is_a_usage_error_for_serve_too()
    {
        var run = await CliProcess.RunAsync(Path.GetTempPath(), null, "serve", "--limit", "pages=3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown limit 'pages'", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForHealthAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }
    }
}
