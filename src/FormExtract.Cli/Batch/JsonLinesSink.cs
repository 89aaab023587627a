using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Writes one line per form to a JSON Lines file. Documents finish out of order when the batch runs in
/// parallel; lines are still written in input order, so the same inputs give the same file.
/// </summary>
internal sealed class JsonLinesSink : IDocumentSink
{
    private readonly StreamWriter _writer;
    private readonly SortedDictionary<int, FormDocument?> _waiting = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly int _count;
    private int _next;

    public JsonLinesSink(string path, int inputCount)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        _count = inputCount;
    }

    public Task<bool> IsDoneAsync(BatchInput input, string sha256, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task WriteAsync(BatchInput input, FormDocument document, CancellationToken cancellationToken) =>
        Deliver(input.Index, document, cancellationToken);

    /// <summary>Marks an input that produced no document, so later lines are not held back by it.</summary>
    public Task SkipAsync(BatchInput input, CancellationToken cancellationToken) => Deliver(input.Index, null, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private async Task Deliver(int index, FormDocument? document, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _waiting[index] = document;
            while (_next < _count && _waiting.Remove(_next, out var ready))
            {
                foreach (var form in ready?.Forms ?? [])
                {
                    await _writer.WriteLineAsync(DocumentJson.SerializeLine(form, ready!.Source)).ConfigureAwait(false);
                }

                _next++;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
