using System.Diagnostics;
using Npgsql;
using Xunit;

namespace FormExtract.Testing;

/// <summary>
/// A real, throwaway PostgreSQL server started by the project's own script (<c>scripts/postgres.sh</c>) in a
/// temporary folder, on a Unix socket of its own; each test gets a fresh database on it.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Scratch.NewFolder("pg-");

    /// <summary>The connection string of the server's <c>postgres</c> database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync() => ConnectionString = (await ScriptAsync("start")).Trim();

    public async Task DisposeAsync()
    {
        await ScriptAsync("stop", "immediate");
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server; <c>immediate</c> is as abrupt as a crash.</summary>
    public Task StopAsync(string mode) => ScriptAsync("stop", mode);

    public Task StartAsync() => ScriptAsync("start");

    private async Task<string> ScriptAsync(string action, params string[] more)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Repository.Path("scripts", "postgres.sh"), action, _folder }.Concat(more))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = ChildProcess.Start(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh {action} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
