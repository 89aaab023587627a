using System.Text;
using System.Text.Json;
using FormExtract.Cli.Tests.Support;
using FormExtract.Testing.Hostile;

namespace FormExtract.Cli.Tests;

/// <summary>Resuming skips what is done by a small side record, reads failed inputs again unless told not to, and works for JSON Lines.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Resume_reads_failed_inputs_again_unless_no_retry()
    {
        _folder.Write("in/good.txt", HostileFiles.RealDump);
        _folder.Write("in/minutes.txt", "会议纪要\n时间\t2023年\n"u8.ToArray());
        var (first, _) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"));

        var (retried, retryEvents) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"), "--resume");
        var (skipped, skipEvents) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"), "--resume", "--no-retry");

        Assert.Equal((1, 1, 0), (first, retried, skipped));
        Assert.Equal(1, Done(retryEvents).GetProperty("SkippedCount").GetInt32());
        Assert.Equal(1, Done(retryEvents).GetProperty("FailedCount").GetInt32());
        Assert.Equal(2, Done(skipEvents).GetProperty("SkippedCount").GetInt32());
    }

    [Fact]
    public async Task Resume_trusts_the_side_record_not_the_documents()
    {
        _folder.Write("in/a.txt", HostileFiles.RealDump);
        _folder.Write("in/b.txt", [.. HostileFiles.RealDump, .. "\n"u8]);
        await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"));
        var record = File.ReadAllLines(_folder.Path("out", ".formextract-done.jsonl"));
        Assert.Equal(2, record.Length);
        Assert.All(record, line => Assert.Equal(64, JsonDocument.Parse(line).RootElement.GetProperty("sha256").GetString()!.Length));

        // The record of b.txt is lost (as when a run is killed between the rename and the record): b.txt is done again.
        File.WriteAllLines(_folder.Path("out", ".formextract-done.jsonl"), record.Where(l => l.Contains("a.txt", StringComparison.Ordinal)));
        var (_, events) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--out", _folder.Path("out"), "--resume");

        Assert.Equal(1, Done(events).GetProperty("SkippedCount").GetInt32());
        Assert.Contains(events, e => e.GetProperty("@mt").GetString()!.StartsWith("Read", StringComparison.Ordinal) && e.GetProperty("File").GetString()!.EndsWith("b.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_json_lines_file_cut_in_the_middle_of_a_document_is_resumed_with_each_form_once()
    {
        for (var i = 0; i < 3; i++)
        {
            _folder.Write($"in/{i}.txt", [.. HostileFiles.RealDump, .. Encoding.ASCII.GetBytes(new string('\n', i + 1))]);
        }

        // Both runs record one time of extraction, so that the resumed file can be compared byte for byte.
        await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--jsonl", _folder.Path("forms.jsonl"), "--extracted-at", "2024-05-01T08:00:00Z");
        var whole = await File.ReadAllBytesAsync(_folder.Path("forms.jsonl"));
        // A kill in the middle of the third document's write: 30 whole lines, then half of the 31st.
        var cut = IndexOfNth(whole, (byte)'\n', 30) + 200;
        await File.WriteAllBytesAsync(_folder.Path("forms.jsonl"), whole[..cut]);

        var (exit, events) = await CliRunner.RunAsync(_folder, "extract", _folder.Path("in"), "--jsonl", _folder.Path("forms.jsonl"), "--resume", "--extracted-at", "2024-05-01T08:00:00Z");

        Assert.Equal(0, exit);
        Assert.Equal(2, Done(events).GetProperty("SkippedCount").GetInt32());
        var text = await File.ReadAllTextAsync(_folder.Path("forms.jsonl"));
        SchemaAssert.ValidLines(text);
        Assert.Equal(whole, Encoding.UTF8.GetBytes(text));
    }

    private static int IndexOfNth(byte[] bytes, byte value, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++)
        {
            at = Array.IndexOf(bytes, value, at + 1);
        }

        return at;
    }

    private static JsonElement Done(IReadOnlyList<JsonElement> events) =>
        events.Single(e => e.GetProperty("@mt").GetString()!.StartsWith("Done", StringComparison.Ordinal));
}
