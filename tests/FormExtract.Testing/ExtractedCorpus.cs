using Xunit;

namespace FormExtract.Testing;

/// <summary>
/// Documents made by the real pipeline ('formextract extract') from the corpus, once per test run: a
/// born-digital PDF and a scan whose forms carry injected errors, and text dumps with findings and warnings.
/// Each test copies them into a folder of its own. The command line is given by the test project, which
/// references it (this project does not).
/// </summary>
public abstract class ExtractedCorpus(Func<string[], Task<int>> formextract) : IAsyncLifetime
{
    public static readonly string[] Inputs =
    [
        Repository.Path("corpus", "synthetic", "pdf", "pdf-06-narrow.pdf"),
        Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png"),
        Repository.Path("corpus", "synthetic", "text", "text-02-damaged.txt"),
        Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"),
    ];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "formextract-corpus-" + Guid.NewGuid().ToString("N")[..12]);

    public IReadOnlyList<string> Documents => Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToArray();

    public async Task InitializeAsync() =>
        Assert.Equal(0, await formextract(["extract", .. Inputs, "--out", Folder, "--extracted-at", "2024-05-01T08:00:00Z", "--quiet"]));

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless, and a failed clean-up must not fail the run.
        }

        return Task.CompletedTask;
    }

    /// <summary>Copies the documents into <paramref name="folder"/> and returns their paths there.</summary>
    public IReadOnlyList<string> CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        return Documents.Select(d =>
        {
            var copy = Path.Combine(folder, Path.GetFileName(d));
            File.Copy(d, copy);
            return copy;
        }).ToArray();
    }
}
