using System.Text;
using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Writes one line per form to a JSON Lines file. Documents finish out of order when the batch runs in
/// parallel; lines are still written in input order, so the same inputs give the same file. Each document's
/// lines go to the file in one write, so an interrupted run leaves whole lines (a kill -9 in the middle of a
/// write can still cut the last document, which a resumed run drops and writes again). A write that fails
/// (a full disk) is undone to the end of the last whole document, and counted against its input in
/// <see cref="Failures"/>. When resuming, the forms already in the file are kept and their inputs skipped.
/// Standard output (<c>--jsonl -</c>) is written as a file is, but cannot be resumed or undone; a reader that
/// closes it ends the run (<see cref="OutputClosedException"/>).
/// </summary>
internal sealed class JsonLinesSink : IDocumentSink
{
    private readonly Stream _stream;
    private readonly IReadOnlySet<(string Path, string Sha256)> _done;
    private readonly SortedDictionary<int, (BatchInput Input, FormDocument? Document)> _waiting = [];
    private readonly Dictionary<BatchInput, string> _failures = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly int _count;
    private int _next;
    private long _length;

    /// <param name="path">The file; a resumed run keeps its whole documents, another starts it empty.</param>
    /// <param name="inputCount">How many inputs the batch has, in index order.</param>
    /// <param name="resume">Keep the forms already in the file and skip their inputs.</param>
    public JsonLinesSink(string path, int inputCount, bool resume)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // A pipe or device (/dev/stdout) is opened for writing only: opened for reading too, this process would
        // hold the pipe's reading end itself, and never learn that its reader left. A file is held alone: a
        // second run writing it would interleave documents; it is read back only to resume.
        var stream = Posix.Stat(NativePath.Of(path), followLinks: true).Info is { Kind: not NodeKind.Regular }
            ? new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0)
            : new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, resume ? FileAccess.ReadWrite : FileAccess.Write, FileShare.None, bufferSize: 0);
        _stream = stream;
        if (resume && stream.CanSeek)
        {
            var tail = JsonLinesTail.Read(stream);
            _done = tail.Done;
            _length = tail.KeepLength;
            stream.SetLength(_length);
            stream.Position = _length;
        }
        else
        {
            _done = new HashSet<(string, string)>();
        }

        _count = inputCount;
    }

    /// <param name="output">Where lines go (standard output); the sink closes it. Nothing is resumed from it.</param>
    /// <param name="inputCount">How many inputs the batch has, in index order.</param>
    public JsonLinesSink(Stream output, int inputCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        _stream = output;
        _done = new HashSet<(string, string)>();
        _count = inputCount;
    }

    /// <summary>Standard output as a plain stream: unlike the console's stream, its writes report a closed pipe.</summary>
    public static Stream StandardOutput() => new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>Inputs whose lines could not be written, and why.</summary>
    public IReadOnlyDictionary<BatchInput, string> Failures => _failures;

    public bool IsDone(BatchInput input, string sha256) => _done.Contains((input.DisplayPath, sha256));

    public Task WriteAsync(BatchInput input, FormDocument document, bool failed, CancellationToken cancellationToken) =>
        Deliver(input, document, cancellationToken);

    public Task PassAsync(BatchInput input, CancellationToken cancellationToken) => Deliver(input, null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException e) when (OutputClosedException.IsBrokenPipe(e))
        {
            // The reader left; what it did not take is not wanted.
        }

        _gate.Dispose();
    }

    private async Task Deliver(BatchInput input, FormDocument? document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _waiting[input.Index] = (input, document);
            while (_next < _count && _waiting.Remove(_next, out var ready))
            {
                if (ready.Document is { Forms.Count: > 0 } lines)
                {
                    Append(ready.Input, lines);
                }

                _next++;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Append(BatchInput input, FormDocument document)
    {
        var text = new StringBuilder();
        foreach (var form in document.Forms)
        {
            text.Append(DocumentJson.SerializeLine(form, document.Source)).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        try
        {
            // Unbuffered: a document's lines reach a pipe as it is done, so its reader sees them (and a closed pipe is seen) at once.
            _stream.Write(bytes);
            _length += bytes.Length;
        }
        catch (IOException e) when (OutputClosedException.IsBrokenPipe(e))
        {
            // Nobody reads on: the run ends, rather than failing every input after this one.
            throw new OutputClosedException("The reader of the output closed it.", e);
        }
        catch (Exception e) when (WriteFault.Is(e))
        {
            _failures[input] = $"{input.DisplayPath}: its forms cannot be written to the JSON Lines file ({WriteFault.Reason(e)})";
            Undo();
        }
    }

    /// <summary>Cuts the file back to its last whole document, so that no later line follows half a one.</summary>
    private void Undo()
    {
        if (!_stream.CanSeek)
        {
            return; // A pipe keeps what it took; the failure is still counted against its input.
        }

        try
        {
            _stream.SetLength(_length);
            _stream.Position = _length;
        }
        catch (IOException)
        {
            // Cutting needs no room; should it fail all the same, a resumed run drops the broken tail.
        }
    }
}
