using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Ocr;

/// <summary>
/// Puts OCR's near misses on the template's labels back on the label: a heading or category read with one
/// wrong or missing character (产出指示, 年度资金总頟) becomes the template's word, so that assembly finds
/// it. Only short texts are snapped, and only within a small edit distance of exactly one label.
/// </summary>
internal sealed class LabelSnapper
{
    private readonly string[] _labels;

    /// <summary>The labels as keys (<see cref="LabelKey"/>), in the order of <see cref="_labels"/>: what a reading is compared with.</summary>
    private readonly string[] _keys;

    /// <summary>The funding rows' labels, the long ones wrapped in the narrow first column (see <see cref="SnapWrapped"/>).</summary>
    private readonly string[] _fundingLabels;

    public LabelSnapper(TemplateVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _labels = vocabulary.Labels.Where(l => l.Length >= 2).ToArray();
        _keys = _labels.Select(LabelKey.Of).ToArray();
        _fundingLabels = vocabulary.FundingRowLabels.Where(l => l.Length >= WrappedLabelLength).ToArray();
    }

    /// <summary>A funding label at least this long can be told by its start when its wrapped tail was misread.</summary>
    private const int WrappedLabelLength = 7;

    /// <summary>At most this many characters of junk are read for the one or two characters wrapped onto a line of their own.</summary>
    private const int WrappedTailJunk = 8;

    /// <summary>The label the text stands for, or the text unchanged.</summary>
    public string Snap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A label with a note in brackets after it (项目资金（元）, 产出指标(50分)) is told by the label, and the note,
        // which names the block's unit or points, is kept as read: 项三资金（元） had lost the funding block its unit.
        if (NoteAt(text) is { } at && text[..at] is var head && Snap(head) is var snapped && snapped != head)
        {
            return snapped + text[at..];
        }

        var key = LabelKey.Of(text);
        if (key.Length < 2 || _keys.Contains(key) || key.Any(char.IsDigit))
        {
            return text;
        }

        if (SnapWrapped(key) is { } wrapped)
        {
            return wrapped;
        }

        if (key.Length > 14)
        {
            return text;
        }

        // Two-character labels (分值, 得分) are snapped on an exact match only: one edit is half the word.
        var allowed = NearLabels.Allowed(key.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var i = 0; i < _labels.Length; i++)
        {
            var label = _keys[i];
            if (Math.Abs(label.Length - key.Length) > Math.Min(allowed, 1))
            {
                continue;
            }

            var distance = NearLabels.Distance(key, label);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (_labels[i], distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return best is not null && bestDistance <= allowed && !tie ? best : text;
    }

    /// <summary>Where a closing bracket's note starts after at least two characters of text; null where the text ends otherwise.</summary>
    private static int? NoteAt(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed is not [.., ')' or '）'])
        {
            return null;
        }

        var at = trimmed.LastIndexOfAny(['(', '（']);
        return at >= 2 ? at : null;
    }

    /// <summary>
    /// A long funding label wrapped in the narrow first column leaves its last one or two characters alone on a
    /// line, which the model reads as junk (其中：当年财政拨款 as 其中：当年财政拨ES这汪E). When the text starts with
    /// all but those characters of exactly one such label, within one edit, and what follows is short, it is
    /// that label. Only the funding labels: no other cell of a form starts like one, whereas an indicator's
    /// name may well start like a category's label.
    /// </summary>
    private string? SnapWrapped(string key)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var spelling in _fundingLabels)
        {
            var label = LabelKey.Of(spelling);
            for (var kept = label.Length - 2; kept < label.Length; kept++)
            {
                if (key.Length <= kept || key.Length - kept > WrappedTailJunk)
                {
                    continue;
                }

                var distance = NearLabels.Distance(key.AsSpan(0, kept), label.AsSpan(0, kept));
                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = (spelling, distance, false);
                }
                else if (distance == bestDistance && spelling != best)
                {
                    tie = true;
                }
            }
        }

        return best is not null && bestDistance <= 1 && !tie ? best : null;
    }
}
