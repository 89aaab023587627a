using Microsoft.AspNetCore.Builder;

namespace FormExtract.Service.Tests.Support;

/// <summary>The real service listening on a free port of 127.0.0.1, and a client that talks HTTP to it.</summary>
internal sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningService(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Client { get; }

    public static async Task<RunningService> StartAsync(ServiceOptions? options = null)
    {
        var app = ExtractionService.Build((options ?? new ServiceOptions()) with { Urls = "http://127.0.0.1:0" }, Serilog.Core.Logger.None);
        await app.StartAsync();
        return new RunningService(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
