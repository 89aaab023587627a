using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Reconciliation;

namespace FormExtract.Core.Confidence;

/// <summary>
/// What is known about one read cell, as numbers a model can weigh: the recogniser's confidences, how many other
/// readings it found and whether they mean another value, how the cell was placed, its kind and field, the
/// classes of its characters, and whether the form's checks that involve it hold. The same features are
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
    ];

    /// <summary>The features of the first version (before <c>moved</c> and <c>recognised</c>), whose cells files were all recognised cells.</summary>
    public const int FirstVersionCount = 19;

    /// <summary>The index of the <c>recognised</c> feature: 1 for a cell read by OCR, 0 for a printed one.</summary>
    public static int RecognisedIndex => Count - 1;

    /// <summary>
    /// A first-version vector (19 features, every cell recognised by OCR and never moved) in this version's order:
    /// <c>moved</c> 0, <c>recognised</c> from the recogniser's confidence (-1 where it had none).
    /// </summary>
    public static float[] FromFirstVersion(IReadOnlyList<float> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count != FirstVersionCount)
        {
            throw new ArgumentException($"a first-version vector has {FirstVersionCount} features, not {features.Count}", nameof(features));
        }

        return [.. features, 0, features[0] >= 0 ? 1 : 0];
    }

    public static int Count => Names.Count;

    /// <summary>The features of every cell of the form, recognised or printed, with their paths.</summary>
    public static IReadOnlyList<(string Path, Cell Cell, float[] Features)> Of(Form form, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(findings);
        var equations = findings.Count(f => ReadingReconciler.EquationRules.Contains(f.Rule));
        return [.. FormCellMap.Cells(form)
            .Select(c => (c.Path, c.Cell, Of(c.Path, c.Cell, findings, equations)))];
    }

    public static float[] Of(string path, Cell cell, IReadOnlyList<Finding> findings, int equationFindings)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(findings);
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
            else if (ch is >= '\u4e00' and <= '\u9fff')
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

        var length = Math.Max(1, text.Length);
        var group = Group(path);
        return
        [
            (float)(evidence.Engine ?? -1),
            (float)(evidence.WeakestCharacter ?? -1),
            evidence.Readings.Count,
            evidence.Readings.Count(r => OtherValue(cell, r)),
            Flag(evidence.Placement, CellPlacement.Joined),
            Flag(evidence.Placement, CellPlacement.Fused),
            Flag(evidence.Placement, CellPlacement.Snapped),
            Flag(evidence.Placement, CellPlacement.UnitAgreed),
            cell switch { NumberCell => 0, MeasureCell => 1, _ => 2 },
            Field(path),
            text.Length,
            digits / (float)length,
            ideographs / (float)length,
            latin / (float)length,
            other / (float)length,
            cell is NumberCell { Value: null } or MeasureCell { Value: null } ? 1 : 0,
            findings.Count(f => f.Path == path),
            findings.Count(f => f.Path != path && Group(f.Path) == group),
            equationFindings,
            Flag(evidence.Placement, CellPlacement.Moved),
            evidence.Recognised ? 1 : 0,
        ];
    }

    private static float Flag(CellPlacement placement, CellPlacement flag) => (placement & flag) != 0 ? 1 : 0;

    /// <summary>Whether another reading of a figure cell means another value (not 15.0 for 15).</summary>
    private static bool OtherValue(Cell cell, string reading) => cell switch
    {
        NumberCell number => (RateParser.Parse(reading) ?? NumberParser.Parse(reading))?.Value is { } value && value != number.Value,
        _ => !string.Equals(reading, cell.Text, StringComparison.Ordinal),
    };

    /// <summary>The part of the form a path lies in: the funding block, one indicator row, the totals, the header.</summary>
    private static string Group(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => string.Empty,
            >= 2 when parts[0] == "indicators" => "indicators/" + parts[1],
            _ when parts[0] is "totalWeight" or "totalScore" or "grade" => "totals",
            _ => parts[0],
        };
    }

    /// <summary>The field a path names, as a small code: its last step (the indicator or funding row it belongs to does not matter).</summary>
    private static float Field(string path) => path[(path.LastIndexOf('/') + 1)..] switch
    {
        "projectName" => 1,
        "department" => 2,
        "implementingUnit" => 3,
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
        "weight" => 14,
        "score" => 15,
        "deviationReason" => 16,
        "totalWeight" => 17,
        "totalScore" => 18,
        "grade" => 19,
        _ => 0,
    };
}
