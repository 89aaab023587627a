using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Writes one line per form to a JSON Lines file. Documents finish out of order when the batch runs in
/// parallel; lines are still written in input order, so the same inputs give the same file. Standard output
/// (<c>--jsonl -</c>) is written as a file is; a reader that closes it ends the run (<see cref="OutputClosedException"/>).
/// </summary>
internal sealed class JsonLinesSink : IDocumentSink
{
    private readonly StreamWriter _writer;
    private readonly SortedDictionary<int, FormDocument?> _waiting = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly int _count;
    private int _next;

    public JsonLinesSink(string path, int inputCount)
        : this(Open(path), inputCount)
    {
    }

    /// <param name="output">Where lines go (a file, or standard output); the sink closes it.</param>
    /// <param name="inputCount">How many inputs the batch has, each delivered once (written or skipped).</param>
    public JsonLinesSink(Stream output, int inputCount)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" };
        _count = inputCount;
    }

    /// <summary>Standard output as a plain stream: unlike the console's stream, its writes report a closed pipe.</summary>
    public static Stream StandardOutput() => new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    public Task<bool> IsDoneAsync(BatchInput input, string sha256, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task WriteAsync(BatchInput input, FormDocument document, CancellationToken cancellationToken) =>
        Deliver(input.Index, document, cancellationToken);

    /// <summary>Marks an input that produced no document, so later lines are not held back by it.</summary>
    public Task SkipAsync(BatchInput input, CancellationToken cancellationToken) => Deliver(input.Index, null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException e) when (OutputClosedException.IsBrokenPipe(e))
        {
            // The reader left; what it did not take is not wanted.
        }

        _gate.Dispose();
    }

    private static FileStream Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
    }

    private async Task Deliver(int index, FormDocument? document, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _waiting[index] = document;
            while (_next < _count && _waiting.Remove(_next, out var ready))
            {
                await WriteLinesAsync(ready).ConfigureAwait(false);

                _next++;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteLinesAsync(FormDocument? document)
    {
        try
        {
            foreach (var form in document?.Forms ?? [])
            {
                await _writer.WriteLineAsync(DocumentJson.SerializeLine(form, document!.Source)).ConfigureAwait(false);
            }

            // A document's lines reach a pipe as it is done, so its reader sees them (and a closed pipe is seen) at once.
            await _writer.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException e) when (OutputClosedException.IsBrokenPipe(e))
        {
            throw new OutputClosedException("The reader of the output closed it.", e);
        }
    }
}
