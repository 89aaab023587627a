namespace FormExtract.Service;

/// <summary>
/// How the service listens and what it accepts, checked here once. Defaults: 127.0.0.1:5080 only, uploads up to
/// 50 MB, one extraction per core at once (more are answered 429 at once rather than queued).
/// </summary>
public sealed record ServiceOptions
{
    public static ServiceOptions Default { get; } = new();

    /// <summary>Addresses to listen on, separated by ';'. Default <c>http://127.0.0.1:5080</c> (this machine only).</summary>
    public string Urls { get; init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Give at least one address.", nameof(Urls)) : value; } = "http://127.0.0.1:5080";

    /// <summary>The addresses of <paramref name="urls"/> (as <see cref="Urls"/> holds them): split at ';', trimmed, empty ones left out.</summary>
    public static string[] Addresses(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The largest request body accepted, in bytes; larger ones are answered 413. Default 50 MB.</summary>
    public long MaxUploadBytes { get; init => field = value >= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxUploadBytes), value, "must be at least 1024"); } = 50L * 1024 * 1024;

    /// <summary>Extractions running at once; a request beyond them is answered 429. Default: the processor count.</summary>
    public int MaxConcurrentExtractions { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxConcurrentExtractions), value, "must be at least 1"); } = Environment.ProcessorCount;

    /// <summary>How files are read (OCR, confidence threshold). The extractor's parallelism is set to <see cref="MaxConcurrentExtractions"/>.</summary>
    public FormExtractorOptions Extractor { get; init => field = value ?? throw new ArgumentNullException(nameof(Extractor)); } = FormExtractorOptions.Default;
}
