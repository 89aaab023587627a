using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Confidence;

/// <summary>
/// What is known about one read cell, as numbers a model can weigh: the recogniser's confidences, how many other
/// readings it found and whether they mean another value, how the cell was placed, its kind and field, the
/// classes of its characters, whether a recognised cell's ideographs stand in words of a general dictionary
/// (<see cref="ChineseWords"/>), and whether the form's checks that involve it hold. The same features are
/// computed for training (cells of generated forms whose truth is known) and at run time.
/// </summary>
public static class CellFeatures
{
    /// <summary>The features' names, in vector order; a model records them with its training data.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "engine", "weakestCharacter", "readings", "readingsOtherValue",
        "joined", "fused", "snapped", "unitAgreed",
        "kind", "field", "length", "digits", "ideographs", "latin", "other",
        "unparsed", "findingHere", "findingsNear", "equationFindings",
        "moved", "recognised",
        "categorised",
        "outsideShare", "outsideWords", "outsideRun",
        "resolution", "bilevel",
        "disputed",
    ];

    /// <summary>The features of the first version (before <c>moved</c> and <c>recognised</c>), whose cells files were all recognised cells.</summary>
    public const int FirstVersionCount = 19;

    /// <summary>The features of the second version (before <c>categorised</c>).</summary>
    public const int SecondVersionCount = 21;

    /// <summary>The features of the third version (before the words features <c>outsideShare</c>, <c>outsideWords</c>, <c>outsideRun</c>).</summary>
    public const int ThirdVersionCount = 22;

    /// <summary>The features of the fourth version (before <c>resolution</c> and <c>bilevel</c>).</summary>
    public const int FourthVersionCount = 25;

    /// <summary>The features of the fifth version (before <c>disputed</c>).</summary>
    public const int FifthVersionCount = 27;

    /// <summary>The index of the <c>recognised</c> feature: 1 for a cell read by OCR, 0 for a printed one.</summary>
    public const int RecognisedIndex = SecondVersionCount - 1;

    /// <summary>The index of the <c>resolution</c> feature: the dots per inch of the image a cell was recognised from, 0 for a printed cell.</summary>
    public const int ResolutionIndex = FourthVersionCount;

    /// <summary>The index of the <c>bilevel</c> feature: 1 for a cell recognised from a black-and-white image.</summary>
    public const int BilevelIndex = FourthVersionCount + 1;

    /// <summary>
    /// The index of the <c>disputed</c> feature: 1 for a recognised measure whose figure the other recogniser read as
    /// other digits (<see cref="CellEvidence.Disputed"/>).
    /// </summary>
    public const int DisputedIndex = FifthVersionCount;

    /// <summary>
    /// Below this resolution a page is coarse (see <see cref="Coarse"/>). The recognised cells the model first learnt
    /// from were all of gray pages at 200 dpi and more; 150 dpi pages lose marks (a <c>&gt;=</c> too small to read)
    /// and strokes in ways those never showed.
    /// </summary>
    public const double CoarseBelowDpi = 175;

    /// <summary>
    /// Whether a cell was recognised from a coarse page: one below <see cref="CoarseBelowDpi"/>, or black and white
    /// at any resolution, whose thresholded strokes break where a gray page's fade. A model file may score such
    /// cells by a part of their own. A vector of an earlier version, whose resolution is not known, is not coarse.
    /// </summary>
    public static bool Coarse(ReadOnlySpan<float> features) =>
        features.Length > BilevelIndex && features[RecognisedIndex] > 0
        && (features[BilevelIndex] > 0 || features[ResolutionIndex] is > 0 and < (float)CoarseBelowDpi);

    /// <summary>
    /// Whether a cell was read by OCR and its figure read as other digits by the other recogniser (the
    /// <c>disputed</c> feature, set only for measures). A vector of an earlier version knows no dispute.
    /// </summary>
    public static bool Disputed(ReadOnlySpan<float> features) =>
        features.Length > DisputedIndex && features[RecognisedIndex] > 0 && features[DisputedIndex] > 0;

    /// <summary>
    /// Whether a cell is an indicator's 分值 or 得分 read by OCR, in a row that has a finding, with other readings that
    /// mean another value: the recogniser saw other figures the ink might be, and the row's figures disagree.
    /// Such a row's figures are weighed by rules the reconciler does not settle (得分 no more than 分值), unlike the
    /// funding block's sums, so the misread stays and the finding rests on it: 13 of the training seeds' 155 such
    /// cells were wrong, against 6 of their 3,787 funding figures with other readings beside a finding. The trees
    /// see them too seldom to doubt them (on a held-out phone capture a weight of 8 read as 2 at 0.96 was put at
    /// 1.0000, and an error finding rested on it alone); a model file may cap them by a ceiling of their own.
    /// </summary>
    public static bool Contested(ReadOnlySpan<float> features) =>
        features.Length > FindingsNearIndex && features[RecognisedIndex] > 0 && features[KindIndex] == NumberKind
        && features[FieldIndex] is IndicatorWeight or IndicatorScore
        && features[ReadingsOtherValueIndex] > 0 && features[FindingHereIndex] + features[FindingsNearIndex] > 0;

    /// <summary>
    /// A vector of an earlier version (19 features, every cell recognised by OCR and never moved; 21, before
    /// <c>categorised</c>; 22, before the words features; or 25, before the page's resolution) in this version's
    /// order: <c>moved</c> 0, <c>recognised</c> from the recogniser's confidence (-1 where it had none),
    /// <c>categorised</c> 0, the words features -1, as for a printed cell or text with no ideograph (exact for
    /// printed cells, which never weigh words; unknown for a recognised cell of such a file, which is why the
    /// recognised part is trained on cells files of this version), and <c>resolution</c> and <c>bilevel</c> 0, not
    /// known (such files' recognised cells were all of gray pages at 200 dpi and more).
    /// </summary>
    public static float[] FromEarlierVersion(IReadOnlyList<float> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return features.Count switch
        {
            FirstVersionCount => [.. features, 0, features[0] >= 0 ? 1 : 0, 0, .. NoWords, .. NoPage, NoDispute],
            SecondVersionCount => [.. features, 0, .. NoWords, .. NoPage, NoDispute],
            ThirdVersionCount => [.. features, .. NoWords, .. NoPage, NoDispute],
            FourthVersionCount => [.. features, .. NoPage, NoDispute],
            FifthVersionCount => [.. features, NoDispute],
            _ => throw new ArgumentException($"a vector of an earlier version has {FirstVersionCount}, {SecondVersionCount}, {ThirdVersionCount}, {FourthVersionCount} or {FifthVersionCount} features, not {features.Count}", nameof(features)),
        };
    }

    public static int Count => Names.Count;

    /// <summary>The words features of a cell whose words are not weighed: printed, a header's name, or with no ideograph.</summary>
    private static readonly float[] NoWords = [-1, -1, -1];

    /// <summary>The page features of a vector of an earlier version: resolution and black and white not known.</summary>
    private static readonly float[] NoPage = [0, 0];

    /// <summary>The <c>disputed</c> feature of a vector of an earlier version: no dispute known.</summary>
    private const float NoDispute = 0;

    /// <summary>The features of every cell of the form, recognised or printed, with their paths.</summary>
    public static IReadOnlyList<(string Path, Cell Cell, float[] Features)> Of(Form form, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(findings);
        var cells = FormCellMap.Cells(form);
        var features = new (string Path, Cell Cell, float[] Features)[cells.Count];
        FindingCounts? counts = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var (path, cell) = cells[i];
            var vector = new float[Count];
            Write(path, cell, findings, ref counts, vector);
            features[i] = (path, cell, vector);
        }

        return features;
    }

    /// <summary>
    /// One cell's features, given its form's findings, counted by path the first time a recognised cell needs them
    /// (<paramref name="counts"/>, kept by the caller for the form's next cells).
    /// </summary>
    internal static void Write(string path, Cell cell, IReadOnlyList<Finding> findings, ref FindingCounts? counts, Span<float> into)
    {
        // Only a recognised cell weighs its findings (see below): a form of printed cells never counts them.
        if (cell.Evidence?.Recognised is true)
        {
            counts ??= new FindingCounts(findings);
            var at = counts.Here(path);
            // A finding at the cell lies in its group too: the rest of the group's findings are near it.
            Write(cell, path, at, counts.InGroup(path) - at, counts.Equations, into);
        }
        else
        {
            Write(cell, path, 0, 0, 0, into);
        }
    }

    /// <summary>One cell's features, given the form's findings and its equation findings.</summary>
    public static float[] Of(string path, Cell cell, IReadOnlyList<Finding> findings, int equationFindings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(findings);
        var group = Group(path);
        var features = new float[Count];
        Write(cell, path, findings.Count(f => f.Path == path), findings.Count(f => f.Path != path && Group(f.Path) == group), equationFindings, features);
        return features;
    }

    private static void Write(Cell cell, string path, int findingsHere, int findingsNear, int equationFindings, Span<float> into)
    {
        // A cell with no evidence (made by the assembler, not read) counts as read in place, as printed.
        var evidence = cell.Evidence ?? CellEvidence.Direct;
        var text = cell.Text;
        int digits = 0, ideographs = 0, latin = 0, other = 0;
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch))
            {
                digits++;
            }
            else if (ChineseWords.IsIdeograph(ch))
            {
                ideographs++;
            }
            else if (char.IsAsciiLetter(ch))
            {
                latin++;
            }
            else if (!char.IsWhiteSpace(ch))
            {
                other++;
            }
        }

        // A printed cell's text is what the file holds: a finding beside it is the form's own disagreement (what an
        // auditor is looking for), not a sign the cell was misread, so only a recognised cell weighs its findings.
        if (!evidence.Recognised)
        {
            findingsHere = findingsNear = equationFindings = 0;
        }

        // Only recognised text is weighed against the dictionary, and not the header's names: a printed cell's
        // characters are the file's own, and a project's, department's or unit's name is mostly proper names (places,
        // offices) that no general dictionary holds, so a right one would look misread.
        var field = Field(path);
        var words = evidence.Recognised && ideographs > 0 && field is not (ProjectName or Department or ImplementingUnit) ? ChineseWords.Default.Cover(text) : default;
        var length = Math.Max(1, text.Length);
        into[0] = (float)(evidence.Engine ?? -1);
        into[1] = (float)(evidence.WeakestCharacter ?? -1);
        into[2] = evidence.Readings.Count;
        into[ReadingsOtherValueIndex] = OtherValues(cell, evidence.Readings);
        into[4] = Flag(evidence.Placement, CellPlacement.Joined);
        into[5] = Flag(evidence.Placement, CellPlacement.Fused);
        into[6] = Flag(evidence.Placement, CellPlacement.Snapped);
        into[7] = Flag(evidence.Placement, CellPlacement.UnitAgreed);
        into[KindIndex] = cell switch { NumberCell => NumberKind, MeasureCell => 1, _ => 2 };
        into[FieldIndex] = field;
        into[10] = text.Length;
        into[11] = digits / (float)length;
        into[12] = ideographs / (float)length;
        into[13] = latin / (float)length;
        into[14] = other / (float)length;
        into[15] = cell is NumberCell { Value: null } or MeasureCell { Value: null } ? 1 : 0;
        into[FindingHereIndex] = findingsHere;
        into[FindingsNearIndex] = findingsNear;
        into[18] = equationFindings;
        into[19] = Flag(evidence.Placement, CellPlacement.Moved);
        into[RecognisedIndex] = evidence.Recognised ? 1 : 0;
        into[21] = Flag(evidence.Placement, CellPlacement.Categorised);
        into[22] = words.OutsideShare;
        into[23] = words.Ideographs == 0 ? -1 : words.Outside;
        into[24] = words.Ideographs == 0 ? -1 : words.LongestOutside;
        into[ResolutionIndex] = evidence.Recognised ? (float)(evidence.Dpi ?? 0) : 0;
        into[BilevelIndex] = evidence.Recognised && evidence.Bilevel ? 1 : 0;
        // A figure's dispute the reconciler has weighed against the form's sums, and a figure disputed and left as it
        // was read is right as often as any (one of 108 in three held-out seeds wrong); a measure's it never weighs.
        into[DisputedIndex] = evidence.Recognised && evidence.Disputed is not null && cell is not NumberCell ? 1 : 0;
    }

    private static float Flag(CellPlacement placement, CellPlacement flag) => (placement & flag) != 0 ? 1 : 0;

    /// <summary>How many of the other readings mean another value; a loop, not a query, as most cells have none.</summary>
    private static int OtherValues(Cell cell, IReadOnlyList<string> readings)
    {
        var count = 0;
        for (var i = 0; i < readings.Count; i++)
        {
            count += OtherValue(cell, readings[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Whether another reading of a figure cell means another value (not 15.0 for 15). Every figure's reading is read
    /// as a rate, as the models were trained, so a figure over one is a hundredth of itself and nearly every reading
    /// of it counts; read as the cell's kind of figure, they would differ all the same but for a rare 15.0 for 15
    /// (89 of a seed's 2,182 cells by one reading), too little to weigh apart.
    /// </summary>
    private static bool OtherValue(Cell cell, string reading) => cell switch
    {
        NumberCell number => (RateParser.Parse(reading) ?? NumberParser.Parse(reading))?.Value is { } value && value != number.Value,
        _ => !string.Equals(reading, cell.Text, StringComparison.Ordinal),
    };

    /// <summary>The part of the form a path lies in: the funding block, one indicator row, the totals, the header.</summary>
    internal static string Group(string path)
    {
        // As the path's steps would say it (/indicators/3/name: indicators/3), without splitting it: it is asked once a cell.
        var rest = path.AsSpan().TrimStart('/');
        var slash = rest.IndexOf('/');
        var first = slash < 0 ? rest : rest[..slash];
        if (first.IsEmpty)
        {
            return string.Empty;
        }

        if (first is "indicators" && slash >= 0 && rest[(slash + 1)..].TrimStart('/') is { IsEmpty: false } after)
        {
            var end = after.IndexOf('/');
            return string.Concat("indicators/", end < 0 ? after : after[..end]);
        }

        return first is "totalWeight" or "totalScore" or "grade" ? "totals" : first.ToString();
    }

    private const int ReadingsOtherValueIndex = 3;
    private const int KindIndex = 8;
    private const int FieldIndex = 9;
    private const int FindingHereIndex = 16;
    private const int FindingsNearIndex = 17;
    private const float NumberKind = 0;

    private const float ProjectName = 1;
    private const float Department = 2;
    private const float ImplementingUnit = 3;
    private const float IndicatorWeight = 14;
    private const float IndicatorScore = 15;

    /// <summary>The field a path names, as a small code: its last step (the indicator or funding row it belongs to does not matter).</summary>
    private static float Field(string path) => path.AsSpan(path.LastIndexOf('/') + 1) switch
    {
        "projectName" => ProjectName,
        "department" => Department,
        "implementingUnit" => ImplementingUnit,
        "initialBudget" => 4,
        "adjustedBudget" => 5,
        "executed" => 6,
        "weight" when path.StartsWith("/funding", StringComparison.Ordinal) => 7,
        "executionRate" => 8,
        "score" when path.StartsWith("/funding", StringComparison.Ordinal) => 9,
        "expected" or "achieved" => 10,
        "name" => 11,
        "target" => 12,
        "actual" => 13,
        "weight" => IndicatorWeight,
        "score" => IndicatorScore,
        "deviationReason" => 16,
        "totalWeight" => 17,
        "totalScore" => 18,
        "grade" => 19,
        _ => 0,
    };
}
