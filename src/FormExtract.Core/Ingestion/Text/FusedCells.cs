using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// A table's row run together with no separator (the OCR text of a document preview: <c>…绩效自评表主管部门财政处室
/// 自评总分(分)97.6部门联系人…</c>) parted at the layouts' labels found inside it: a title word ends a cell (what
/// precedes it, the unit and year, is the title's), any other label is a cell of its own. A label misread by OCR
/// (主管部n, 实施第位) is taken within <see cref="NearLabels"/>' bounds only where it touches a label read exactly,
/// so that prose, which rarely sets a near miss beside a form's word, is not cut. A run that holds fewer than
/// three labels read exactly is not a table's row and stays whole; the cells' printed text is never changed.
/// </summary>
internal sealed partial class FusedCells
{
    /// <summary>Labels shorter than this are words of prose as often as of a form (得分, 执行率).</summary>
    private const int MinLabel = 4;

    /// <summary>A run that holds fewer distinct labels is prose that names a form's words, not a form.</summary>
    private const int MinLabels = 3;

    private readonly string[] _labels;
    private readonly HashSet<string> _titles;
    private readonly string[] _titleList;
    private readonly NearLabels _near;
    private readonly int _longest;

    public FusedCells(TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _titles = catalog.Titles.Keys.ToHashSet(StringComparer.Ordinal);
        _labels = catalog.Vocabulary.Labels.Select(LabelKey.Of).Concat(catalog.Templates.SelectMany(t => t.Signature.Keys)).Concat(_titles)
            .Where(k => k.Length >= MinLabel)
            .Distinct(StringComparer.Ordinal).OrderByDescending(k => k.Length).ToArray();
        _near = new NearLabels(_labels.Where(k => !_titles.Contains(k)));
        _titleList = _titles.OrderByDescending(k => k.Length).ToArray();
        _longest = _labels.Length > 0 ? _labels[0].Length : 0;
    }

    /// <summary>A piece left between labels at least this long, holding both figures and words, is several cells run together.</summary>
    private const int MinRun = 6;

    /// <summary>Whether a piece this reader left between labels still runs several cells together: words and figures mixed, not parted.</summary>
    public static bool IsRunTogether(string piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        return piece.Length >= MinRun && piece.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && piece.Any(c => c >= '\u4e00' && c <= '\u9fff')
            && !NumberParser.IsNumber(piece) && MeasureParser.Parse(piece) is not { Number: not null, Qualitative: null };
    }

    /// <summary>
    /// The run parted into cells, each with the label it was read as where it is a misread label (else null), or
    /// the run alone when it is not a table's row.
    /// </summary>
    public IReadOnlyList<(string Text, string? ReadAs)> Part(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = LabelKey.Of(text);
        // Positions in the key are positions in the text only where folding kept every character.
        if (key.Length != text.Length || text.Length < MinLabel * MinLabels)
        {
            return [(text, null)];
        }

        var spans = Exact(key);
        if (spans.Where(s => !_titles.Contains(s.Label)).Select(s => s.Label).Distinct(StringComparer.Ordinal).Count() < MinLabels)
        {
            return [(text, null)];
        }

        AddNear(key, spans);
        return Cells(text, key, spans);
    }

    /// <summary>The title words first (a title holds other words: 项目绩效 in 项目绩效目标自评表), then the longest label at each place, left to right.</summary>
    private List<(int Start, int Length, string Label)> Exact(string key)
    {
        var spans = new List<(int Start, int Length, string Label)>();
        foreach (var title in _titleList)
        {
            for (var at = key.IndexOf(title, StringComparison.Ordinal); at >= 0; at = key.IndexOf(title, at + title.Length, StringComparison.Ordinal))
            {
                if (!spans.Any(s => at < s.Start + s.Length && s.Start < at + title.Length))
                {
                    spans.Add((at, title.Length, title));
                }
            }
        }

        for (var at = 0; at <= key.Length - MinLabel;)
        {
            var inside = spans.FindIndex(s => s.Start <= at && at < s.Start + s.Length && _titles.Contains(s.Label));
            if (inside >= 0)
            {
                at = spans[inside].Start + spans[inside].Length;
                continue;
            }

            var found = LongestAt(key, at);
            var room = spans.Where(s => s.Start > at).Select(s => s.Start).DefaultIfEmpty(key.Length).Min() - at;
            if (found is { } label && label.Length <= room)
            {
                spans.Add((at, label.Length, label));
                at += label.Length;
            }
            else
            {
                at++;
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private string? LongestAt(string key, int at)
    {
        var room = Math.Min(_longest, key.Length - at);
        foreach (var label in _labels)
        {
            if (label.Length <= room && key.AsSpan(at, label.Length).SequenceEqual(label))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>Near misses that touch a label already found (before or after it), until none is added.</summary>
    private void AddNear(string key, List<(int Start, int Length, string Label)> spans)
    {
        for (var added = true; added;)
        {
            added = false;
            for (var i = 0; i <= spans.Count && !added; i++)
            {
                var gapStart = i == 0 ? 0 : spans[i - 1].Start + spans[i - 1].Length;
                var gapEnd = i == spans.Count ? key.Length : spans[i].Start;
                if (gapEnd - gapStart < MinLabel - 1)
                {
                    continue;
                }

                var gap = key[gapStart..gapEnd];
                var near = i > 0 ? NearAt(gap, fromStart: true) : null;
                near ??= i < spans.Count ? NearAt(gap, fromStart: false) : null;
                if (near is { } n)
                {
                    spans.Insert(i, (gapStart + n.Start, n.Length, n.Label));
                    added = true;
                }
            }
        }
    }

    /// <summary>The one label that the gap's start (or end) reads as within its bounds, with where it lies in the gap.</summary>
    private (int Start, int Length, string Label)? NearAt(string gap, bool fromStart)
    {
        (int Start, int Length, string Label)? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var label in _near.Keys)
        {
            var allowed = NearLabels.Allowed(label.Length);
            // The label's own length first: a substitution is the likelier misreading than a dropped character.
            foreach (var length in Enumerable.Range(label.Length - allowed, (2 * allowed) + 1).OrderBy(l => Math.Abs(l - label.Length)))
            {
                if (length < MinLabel || length > gap.Length)
                {
                    continue;
                }

                var start = fromStart ? 0 : gap.Length - length;
                var piece = gap.AsSpan(start, length);
                // A figure is a value, never part of a misread label.
                if (piece.IndexOfAnyInRange('0', '9') >= 0)
                {
                    continue;
                }

                var distance = NearLabels.Distance(piece, label);
                if (distance > allowed || distance == 0)
                {
                    continue;
                }

                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = ((start, length, label), distance, false);
                }
                else if (distance == bestDistance && best is { } other && other.Label != label)
                {
                    // One label inside the other (年初预算 in 年初预算数) is the longer one, as an exact match is.
                    if (label.Contains(other.Label, StringComparison.Ordinal) && length > other.Length)
                    {
                        (best, tie) = ((start, length, label), false);
                    }
                    else if (!other.Label.Contains(label, StringComparison.Ordinal))
                    {
                        tie = true;
                    }
                }
            }
        }

        return tie ? null : best;
    }

    private List<(string Text, string? ReadAs)> Cells(string text, string key, List<(int Start, int Length, string Label)> spans)
    {
        var cells = new List<(string Text, string? ReadAs)>();
        var at = 0;
        foreach (var (start, length, label) in spans)
        {
            var end = start + length;
            if (_titles.Contains(label))
            {
                // The unit and year before a title word are the title's; the year printed in brackets after it is a cell of its own.
                cells.Add((text[at..end], null));
                at = end;
                if (YearAfterTitle().Match(text, at) is { Success: true } year && year.Index == at)
                {
                    cells.Add((year.Value, null));
                    at += year.Length;
                }

                continue;
            }

            if (start > at)
            {
                cells.Add((text[at..start], null));
            }

            cells.Add((text[start..end], key.AsSpan(start, length).SequenceEqual(label) ? null : label));
            at = end;
        }

        if (at < text.Length)
        {
            cells.Add((text[at..], null));
        }

        return cells;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[(（]\d{4}年度?[)）]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearAfterTitle();
}
