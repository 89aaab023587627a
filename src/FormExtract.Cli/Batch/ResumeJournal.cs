using System.Buffers;
using System.Text.Json;
using FormExtract.Cli.Interop;
using Microsoft.Win32.SafeHandles;

namespace FormExtract.Cli.Batch;

/// <summary>
/// The side record that lets <c>--resume</c> skip documents without reading them: one line per document
/// written, <c>{"name":…,"sha256":…,"failed":…}</c>, appended after the document is in place (so a record
/// never names a document that is not there). Appends use <c>O_APPEND</c> and one write per line, so two runs
/// on one output folder interleave whole lines. A line cut short by a kill is ignored; the last line for a
/// name wins.
/// </summary>
internal sealed class ResumeJournal : IDisposable
{
    public const string FileName = ".formextract-done.jsonl";

    private readonly Dictionary<string, (string Sha256, bool Failed)> _done;
    private readonly SafeFileHandle? _handle;

    private ResumeJournal(Dictionary<string, (string Sha256, bool Failed)> done, SafeFileHandle? handle, PosixError? problem)
    {
        _done = done;
        _handle = handle;
        Problem = problem?.Message;
    }

    /// <summary>Why records cannot be appended (a read-only folder), or null.</summary>
    public string? Problem { get; }

    /// <summary>Opens the record in <paramref name="folder"/>, reading what it holds when <paramref name="load"/>.</summary>
    public static ResumeJournal Open(string folder, bool load)
    {
        var path = Path.Combine(folder, FileName);
        var done = load ? Load(path) : new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var (handle, problem) = Posix.OpenAppend(path);
        return new ResumeJournal(done, handle, problem);
    }

    /// <summary>The record of the document named <paramref name="outputName"/>, if any.</summary>
    public (string Sha256, bool Failed)? Find(string outputName) => _done.TryGetValue(outputName, out var record) ? record : null;

    /// <summary>Appends the record of a document just written; null, or why it could not be appended.</summary>
    public string? Record(string outputName, string sha256, bool failed)
    {
        if (_handle is null)
        {
            return Problem;
        }

        var line = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(line))
        {
            writer.WriteStartObject();
            writer.WriteString("name", outputName);
            writer.WriteString("sha256", sha256);
            writer.WriteBoolean("failed", failed);
            writer.WriteEndObject();
        }

        line.Write("\n"u8);
        return Posix.Write(_handle, line.WrittenSpan)?.Message;
    }

    public void Dispose() => _handle?.Dispose();

    private static Dictionary<string, (string, bool)> Load(string path)
    {
        var done = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return done;
        }

        foreach (var line in File.ReadLines(path))
        {
            try
            {
                using var record = JsonDocument.Parse(line);
                var root = record.RootElement;
                done[root.GetProperty("name").GetString()!] = (root.GetProperty("sha256").GetString()!, root.GetProperty("failed").GetBoolean());
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // A line cut short by a kill: that document is simply done again.
            }
        }

        return done;
    }
}
