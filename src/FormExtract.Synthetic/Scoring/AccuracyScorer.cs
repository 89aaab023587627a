using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Synthetic.Scoring;

/// <summary>
/// Compares an extracted document with its ground truth field by field. Provenance (line, page, box,
/// confidence) is ignored; text cells are compared as <see cref="TextNormalizer.Normalize"/> leaves them,
/// number and measure cells by value, categories with white space removed. Forms are paired in order,
/// indicator rows by their names in order (so one missed row does not shift every row after it); titles and
/// funding row labels as label keys (full-width and ASCII brackets and colons alike).
/// </summary>
public static class AccuracyScorer
{
    public static AccuracyReport Score(string file, FormDocument expected, FormDocument? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var fields = new List<FieldComparison>();
        var findings = new List<FindingComparison>();
        var actualForms = actual?.Forms ?? [];
        for (var i = 0; i < Math.Max(expected.Forms.Count, actualForms.Count); i++)
        {
            var want = i < expected.Forms.Count ? expected.Forms[i] : null;
            var got = i < actualForms.Count ? actualForms[i] : null;
            if (want is null)
            {
                // A form that is not there: every finding it reports is false; its fields have no truth to count.
                findings.AddRange(CompareFindings(file, i, [], got!.Findings));
                continue;
            }

            var compare = new FormComparer(file, i, fields);
            compare.Form(want, got);
            findings.AddRange(CompareFindings(file, i, want.Findings, got?.Findings ?? []));
        }

        return new AccuracyReport(fields, findings);
    }

    internal static IEnumerable<FindingComparison> CompareFindings(string file, int form, IReadOnlyList<Finding> expected, IReadOnlyList<Finding> reported)
    {
        // A finding reported with its doubt matches the one the rule gives when its figures are sure.
        static string Key(Finding f) => $"{f.Rule}\u0001{f.Doubt?.Severity ?? f.Severity}\u0001{f.Path}";
        var left = reported.GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<Finding>(g), StringComparer.Ordinal);
        foreach (var finding in expected)
        {
            var match = left.TryGetValue(Key(finding), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            yield return Comparison(file, form, finding, expected: true, reported: match is not null) with { Doubtful = match?.Doubt is not null };
        }

        foreach (var finding in left.Values.SelectMany(q => q))
        {
            yield return Comparison(file, form, finding, expected: false, reported: true);
        }
    }

    private static FindingComparison Comparison(string file, int form, Finding f, bool expected, bool reported) =>
        new(file, form, f.Rule, f.Severity.ToString().ToLowerInvariant(), f.Path, expected, reported) { Doubtful = f.Doubt is not null };

    internal static string? TextOf(TextCell? cell) => cell is null ? null : TextOf(cell.Text);

    internal static string? TextOf(string? text) => text is null ? null : Blank(TextNormalizer.Normalize(text));

    internal static string? NumberOf(NumberCell? cell) =>
        cell?.Value is { } value ? NumberParser.Canonical(value).ToString(CultureInfo.InvariantCulture) : null;

    internal static string? MeasureOf(MeasureCell? cell) => cell?.Value is not { } m
        ? null
        : m.IsQuantitative
            ? $"{m.Comparator}{NumberParser.Canonical(m.Number!.Value).ToString(CultureInfo.InvariantCulture)} {m.Unit}".TrimEnd()
            : Blank(TextNormalizer.Compact(m.Qualitative ?? string.Empty));

    internal static string? CategoryOf(string? label) => label is null ? null : Blank(TextNormalizer.Compact(label));

    /// <summary>
    /// A title or a row label as a label key: white space removed and full-width brackets and colons folded, since
    /// print shows (2022年度) and （2022年度） alike and OCR cannot tell them apart.
    /// </summary>
    internal static string? LabelOf(string? label) => label is null ? null : Blank(LabelKey.Of(label));

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
