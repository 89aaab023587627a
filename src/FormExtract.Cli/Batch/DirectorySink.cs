using System.Text.Json;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Cli.Batch;

/// <summary>
/// Writes <c>DIR/&lt;output name&gt;.json</c> per input. Each file is written to a temporary name and moved
/// into place, so an interrupted run never leaves a half-written document that a resumed run would trust.
/// </summary>
internal sealed class DirectorySink(string directory) : IDocumentSink
{
    public string PathFor(BatchInput input) => Path.Combine(directory, input.OutputName + ".json");

    public async Task<bool> IsDoneAsync(BatchInput input, string sha256, CancellationToken cancellationToken)
    {
        var path = PathFor(input);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return json.RootElement.TryGetProperty("source", out var source)
                && source.TryGetProperty("sha256", out var hash)
                && hash.GetString() == sha256;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public async Task WriteAsync(BatchInput input, FormDocument document, CancellationToken cancellationToken)
    {
        var path = PathFor(input);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".partial";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: false))
        {
            DocumentJson.WriteTo(stream, document);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
