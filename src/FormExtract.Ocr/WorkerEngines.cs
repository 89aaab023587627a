namespace FormExtract.Ocr;

/// <summary>
/// The OCR engines of each thread that reads, made when a thread first needs them (loading the models is
/// costly) and disposed together. One instance may serve several readers, so that a thread reading both
/// scans and printed PDFs with scanned pages loads the models once.
/// </summary>
public sealed class WorkerEngines : IDisposable
{
    private readonly ThreadLocal<(OcrEngines? Engines, string? Problem)> _engines;

    public WorkerEngines(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _engines = new ThreadLocal<(OcrEngines?, string?)>(() => OcrEngines.Create(options), trackAllValues: true);
    }

    /// <summary>This thread's engines, or why there are none (library or models missing, with the package to install).</summary>
    public (OcrEngines? Engines, string? Problem) Current => _engines.Value;

    public void Dispose()
    {
        foreach (var (engines, _) in _engines.Values)
        {
            engines?.Dispose();
        }

        _engines.Dispose();
    }
}
