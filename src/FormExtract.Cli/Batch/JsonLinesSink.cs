using System.Text;
using FormExtract.Cli.Files;
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
/// </summary>
internal sealed class JsonLinesSink : IDocumentSink
{
    private readonly FileStream _stream;
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
        // Held alone: a second run writing the same file would interleave documents.
        _stream = new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        if (resume)
        {
            var tail = JsonLinesTail.Read(_stream);
            _done = tail.Done;
            _length = tail.KeepLength;
            _stream.SetLength(_length);
            _stream.Position = _length;
        }
        else
        {
            _done = new HashSet<(string, string)>();
        }

        _count = inputCount;
    }

    /// <summary>Inputs whose lines could not be written, and why.</summary>
    public IReadOnlyDictionary<BatchInput, string> Failures => _failures;

    public bool IsDone(BatchInput input, string sha256) => _done.Contains((input.DisplayPath, sha256));

    public Task WriteAsync(BatchInput input, FormDocument document, bool failed, CancellationToken cancellationToken) =>
        Deliver(input, document, cancellationToken);

    public Task PassAsync(BatchInput input, CancellationToken cancellationToken) => Deliver(input, null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
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
            _stream.Write(bytes);
            _length += bytes.Length;
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
