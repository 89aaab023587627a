using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Writes <c>DIR/&lt;output name&gt;.json</c> per input. Each document is written under a short name of its
/// own in the hidden folder <c>DIR/.formextract-tmp/</c> (process id, a counter and a random part: two runs on
/// one folder never share one, and an input name at the file system's limit still has room) and renamed into place while
/// it is still held, so an interrupted run never leaves half a document. A temporary file that no process
/// holds is left from a killed run and removed when a run starts. After each rename a line in the
/// <see cref="ResumeJournal"/> records the input's SHA-256.
/// </summary>
internal sealed class DirectorySink : IDocumentSink
{
    public const string TemporaryFolderName = ".formextract-tmp";

    private readonly string _directory;
    private readonly string _temporary;
    private readonly bool _retryFailed;
    private readonly ResumeJournal _journal;
    private long _counter;

    public DirectorySink(string directory, bool resume, bool retryFailed)
    {
        _directory = directory;
        _temporary = Path.Combine(directory, TemporaryFolderName);
        _retryFailed = retryFailed;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Each document's write names the reason, input by input.
        }

        RemoveLeftovers(_temporary);
        _journal = ResumeJournal.Open(directory, load: resume);
    }

    /// <summary>Why the resume record cannot be kept (the documents can still be written), or null.</summary>
    public string? JournalProblem => _journal.Problem;

    public string PathFor(BatchInput input) => Path.Combine(_directory, input.OutputName + ".json");

    public bool IsDone(BatchInput input, string sha256) =>
        _journal.Find(input.OutputName) is { } record
        && record.Sha256 == sha256
        && (!record.Failed || !_retryFailed)
        && Posix.Stat(NativePath.Of(PathFor(input)), followLinks: false).Info is { Kind: NodeKind.Regular };

    public async Task WriteAsync(BatchInput input, FormDocument document, bool failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(document);
        var path = PathFor(input);
        // Made for each document: a folder that cannot be made (read-only output) fails each input by name.
        Directory.CreateDirectory(_temporary);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A random part too: two machines sharing the folder may run processes of the same id.
        var temporary = Path.Combine(_temporary, $"{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}-{Random.Shared.Next():x8}.partial");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: false);
        try
        {
            DocumentJson.WriteTo(stream, document);
            // Not cancelled part-way: a document is written whole or not at all.
            await stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            // Renamed while still held: a starting run's sweep never takes it for a killed run's leftover.
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (WriteFault.Is(e))
        {
            Close(stream);
            Discard(temporary);
            throw WriteFault.AsIOException(e);
        }

        Close(stream);

        // A record that cannot be appended only means the document is written again by a resumed run.
        _ = _journal.Record(input.OutputName, document.Source.Sha256, failed);
    }

    public Task PassAsync(BatchInput input, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>None: a document that cannot be written fails its <see cref="WriteAsync"/>.</summary>
    public IReadOnlyDictionary<BatchInput, string> Failures { get; } = new Dictionary<BatchInput, string>();

    public ValueTask DisposeAsync()
    {
        _journal.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Removes the temporary files of killed runs: those no process holds (a run holds each until it is renamed).</summary>
    private static void RemoveLeftovers(string folder)
    {
        string[] files;
        try
        {
            files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.partial") : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var file in files)
        {
            try
            {
                using var held = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run is writing it (or it cannot be removed, and is harmless where it is).
            }
        }
    }

    /// <summary>Closes without a last flush that could fail again (the buffer holds what did not fit on disk).</summary>
    private static void Close(FileStream stream)
    {
        try
        {
            stream.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentOutOfRangeException)
        {
            // Written or not, this document's outcome is already decided.
        }
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one to report; a leftover is removed by the next run.
        }
    }
}
