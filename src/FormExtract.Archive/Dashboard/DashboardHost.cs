using System.Net;
using FormExtract.Archive.Storage;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FormExtract.Archive.Dashboard;

/// <summary>
/// <c>formextract dashboard</c>: Hangfire's dashboard (<c>/hangfire</c>: queued, running, succeeded and failed
/// jobs, the workers) and the archive's progress page (<c>/</c>), served on 127.0.0.1 only.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts on 127.0.0.1 and the given port (0: any free port, see <see cref="Address"/>).</summary>
    public static async Task<DashboardHost> StartAsync(IArchive archive, JobStorage storage, int port, Serilog.ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddHangfire(configuration => configuration.UseStorage(storage));
        var app = builder.Build();
        app.MapGet("/", async (HttpContext context) =>
        {
            var page = await ProgressPage.RenderAsync(archive, context.RequestAborted).ConfigureAwait(false);
            return Results.Content(page, "text/html; charset=utf-8");
        });
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "FormExtract archive jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
            // The default, said here because it matters: only requests from this machine.
            Authorization = [new LocalRequestsOnlyAuthorizationFilter()],
        }, storage);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        log.Information("Dashboard on {Url} (jobs: {JobsUrl})", address, new Uri(address, "hangfire"));
        return new DashboardHost(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
