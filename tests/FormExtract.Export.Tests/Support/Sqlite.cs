using System.Diagnostics;
using System.Text.Json;

namespace FormExtract.Export.Tests.Support;

/// <summary>The sqlite3 command-line shell: its own CSV importer loads the files, so the export is read by a reader that is not ours.</summary>
internal static class Sqlite
{
    public static async Task RunAsync(string database, string script)
    {
        var (code, _, error) = await ShellAsync(database, [], script);
        Assert.True(code == 0 && error.Length == 0, $"sqlite3 failed ({code}): {error}");
    }

    /// <summary>The rows of a query, each as column name → value (numbers and texts as sqlite3 prints them in JSON).</summary>
    public static async Task<IReadOnlyList<Dictionary<string, JsonElement>>> QueryAsync(string database, string sql)
    {
        var (code, output, error) = await ShellAsync(database, ["-json"], sql);
        Assert.True(code == 0 && error.Length == 0, $"sqlite3 failed ({code}): {error}");
        return output.Trim().Length == 0 ? [] : JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(output)!;
    }

    private static async Task<(int Code, string Output, string Error)> ShellAsync(string database, string[] options, string input)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var option in options.Append("-bail").Append(database))
        {
            start.ArgumentList.Add(option);
        }

        using var process = ChildProcess.Start(start);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
