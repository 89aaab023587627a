namespace FormExtract.Synthetic.Corpus;

/// <summary>
/// A corpus to build: <see cref="FormsPerKind"/> forms for each of <see cref="Kinds"/>, drawn from
/// <see cref="Seed"/> (each kind from its own stream, so adding a kind does not change the others), written
/// under <see cref="OutputDirectory"/>/&lt;kind&gt;/ as <c>name.ext</c> beside <c>name.expected.json</c>.
/// Scans are large, so their count can be set apart (<see cref="ScanFormCount"/>, default the same).
/// </summary>
public sealed record CorpusOptions
{
    public CorpusOptions(string outputDirectory, int seed, int formsPerKind, IReadOnlyList<CorpusKind> kinds, double errorFraction = 1.0 / 3, int? scanFormCount = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(formsPerKind);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            throw new ArgumentException("Name at least one kind.", nameof(kinds));
        }

        OutputDirectory = outputDirectory;
        Seed = seed;
        FormsPerKind = formsPerKind;
        Kinds = kinds.Distinct().Order().ToArray();
        ErrorFraction = errorFraction;
        ScanFormCount = scanFormCount ?? formsPerKind;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ScanFormCount, nameof(scanFormCount));
    }

    public int ScanFormCount { get; }

    public int FormCountOf(CorpusKind kind) => kind == CorpusKind.Scan ? ScanFormCount : FormsPerKind;

    public string OutputDirectory { get; }

    public int Seed { get; }

    public int FormsPerKind { get; }

    public IReadOnlyList<CorpusKind> Kinds { get; }

    public double ErrorFraction { get; }

    /// <summary>The seed of one kind's stream.</summary>
    public int SeedOf(CorpusKind kind) => unchecked(Seed * 7919 + (int)kind + 1);
}
