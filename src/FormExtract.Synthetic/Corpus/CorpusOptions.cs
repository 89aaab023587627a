using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Shapes;

namespace FormExtract.Synthetic.Corpus;

/// <summary>
/// A corpus to build: <see cref="FormsPerKind"/> forms for each of <see cref="Kinds"/> and each of
/// <see cref="Layouts"/>, drawn from <see cref="Seed"/> (each kind and layout from its own stream, so adding one does
/// not change the others), written under <see cref="OutputDirectory"/>/&lt;kind&gt;/ for the national layout and
/// under <see cref="OutputDirectory"/>/&lt;layout&gt;/&lt;kind&gt;/ for the others, as <c>name.ext</c> beside
/// <c>name.expected.json</c>; and as many national forms in each of <see cref="Shapes"/>, under
/// <see cref="OutputDirectory"/>/shapes/&lt;shape&gt;/. Scans (and phone captures) are large, so their count can be set apart
/// (<see cref="ScanFormCount"/>, default the same). Defaults: the national layout, no text shapes.
/// </summary>
public sealed record CorpusOptions
{
    public CorpusOptions(string outputDirectory, int seed, int formsPerKind, IReadOnlyList<CorpusKind> kinds, double errorFraction = 1.0 / 3,
        int? scanFormCount = null, IReadOnlyList<SyntheticLayout>? layouts = null, IReadOnlyList<TextShape>? shapes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(formsPerKind);
        ArgumentNullException.ThrowIfNull(kinds);
        Shapes = (shapes ?? []).Distinct().Order().ToArray();
        if (kinds.Count == 0 && Shapes.Count == 0)
        {
            throw new ArgumentException("Name at least one kind or text shape.", nameof(kinds));
        }

        OutputDirectory = outputDirectory;
        Seed = seed;
        FormsPerKind = formsPerKind;
        Kinds = kinds.Distinct().Order().ToArray();
        ErrorFraction = errorFraction;
        ScanFormCount = scanFormCount ?? formsPerKind;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ScanFormCount, nameof(scanFormCount));
        Layouts = (layouts is null || layouts.Count == 0 ? [SyntheticLayouts.National] : layouts).Distinct().ToArray();
    }

    public int ScanFormCount { get; }

    /// <summary>
    /// The face scans and phone captures are printed in, one of <see cref="HtmlStyle.Faces"/>: the serif by default,
    /// whose files keep their names; another face's names end in its own (<c>scan-00-clean-300-png-sans</c>).
    /// Coarse scans go through all the faces whatever this says.
    /// </summary>
    public HtmlStyle ScanFace
    {
        get;
        init => field = HtmlStyle.Faces.Contains(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ScanFace), value?.Name, "Scans are printed in one of HtmlStyle.Faces.");
    } = HtmlStyle.Faces[0];

    /// <summary>
    /// Whether the rows of scans and phone captures may break across a page (<see cref="HtmlStyle.SplitRows"/>);
    /// by default a row moves whole to the next page. The files keep their names.
    /// </summary>
    public bool SplitRows { get; init; }

    /// <summary>The style scans and phone captures are printed in: the scan face, its rows split where asked.</summary>
    public HtmlStyle ScanPrint => ScanFace with { SplitRows = SplitRows };

    /// <summary>How many rules a broken form breaks at most (<see cref="GeneratorOptions.BreaksPerForm"/>); default one.</summary>
    public int BreaksPerForm
    {
        get;
        init => field = GeneratorOptions.CheckedBreaks(value);
    } = 1;

    /// <summary>How the goal texts are written (<see cref="GeneratorOptions.Goals"/>); default numbered, as always.</summary>
    public GoalStyle Goals { get; init; } = GoalStyle.Numbered;

    /// <summary>The generator's options for one stream, with this corpus's error fraction, breaks a form and goal texts.</summary>
    public GeneratorOptions Generator(int seed, int formCount, int firstRule = 0, SyntheticLayout? layout = null) =>
        new(seed, formCount, ErrorFraction, firstRule: firstRule, layout: layout) { BreaksPerForm = BreaksPerForm, Goals = Goals };

    public int FormCountOf(CorpusKind kind) => kind.IsScanned() ? ScanFormCount : FormsPerKind;

    public string OutputDirectory { get; }

    public int Seed { get; }

    public int FormsPerKind { get; }

    public IReadOnlyList<CorpusKind> Kinds { get; }

    public IReadOnlyList<SyntheticLayout> Layouts { get; }

    public IReadOnlyList<TextShape> Shapes { get; }

    public double ErrorFraction { get; }

    /// <summary>The seed of one kind's stream (of the national layout).</summary>
    public int SeedOf(CorpusKind kind) => unchecked(Seed * 7919 + (int)kind + 1);

    /// <summary>The seed of one kind's stream of a layout; the national layout's are <see cref="SeedOf(CorpusKind)"/>.</summary>
    public int SeedOf(CorpusKind kind, SyntheticLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var index = SyntheticLayouts.All.ToList().IndexOf(layout);
        return layout.IsNational ? SeedOf(kind) : unchecked(SeedOf(kind) + (1000 * (index + 1)));
    }

    /// <summary>The seed of one text shape's stream.</summary>
    public int SeedOf(TextShape shape) => unchecked(Seed * 7919 + 100 + (int)shape);

    /// <summary>The folder of one kind of one layout.</summary>
    public string DirectoryOf(CorpusKind kind, SyntheticLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var name = kind.ToString().ToLowerInvariant();
        return layout.IsNational ? Path.Combine(OutputDirectory, name) : Path.Combine(OutputDirectory, layout.Id, name);
    }

    public string DirectoryOf(TextShape shape) => Path.Combine(OutputDirectory, "shapes", TextShapes.NameOf(shape));
}
