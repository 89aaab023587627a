using FormExtract.Archive.Dashboard;
using FormExtract.Archive.Jobs;
using FormExtract.Archive.Storage;

namespace FormExtract.Archive.Tests.Support;

/// <summary>The dashboard served in this process on a free port, with the archive it shows.</summary>
internal sealed class LocalDashboard : IAsyncDisposable
{
    private readonly IArchive _archive;
    private readonly DashboardHost _host;

    private LocalDashboard(IArchive archive, DashboardHost host)
    {
        _archive = archive;
        _host = host;
    }

    public Uri Address => _host.Address;

    public static async Task<LocalDashboard> StartAsync(string archive)
    {
        var target = ArchiveTarget.Parse(archive);
        var store = await Archives.OpenAsync(target, Serilog.Core.Logger.None, CancellationToken.None);
        var storage = JobStorages.Create(target, JobQueueOptions.Default);
        return new LocalDashboard(store, await DashboardHost.StartAsync(store, storage, 0, Serilog.Core.Logger.None, CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _archive.DisposeAsync();
    }
}
