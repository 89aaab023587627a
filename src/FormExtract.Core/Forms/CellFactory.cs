using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Makes typed cells from layout text: the text as found (trimmed) beside its normalised value and origin.
/// A figure that cannot be read is reported through <see cref="FormWarnings"/> rather than guessed.
/// </summary>
internal sealed class CellFactory(FormWarnings warnings)
{
    public TextCell? Text(string? raw, CellOrigin origin)
    {
        var text = raw?.Trim();
        return string.IsNullOrEmpty(text) ? null : new TextCell
        {
            Text = text,
            Value = TextNormalizer.Normalize(text),
            Line = origin.Line,
            Page = origin.Page,
            Bbox = origin.Box?.ToArray(),
            Confidence = Confidence(origin),
        };
    }

    public TextCell? Text(LayoutCell? cell) => cell is null ? null : Text(cell.Text, cell.Origin);

    public NumberCell? Number(LayoutCell? cell, string path) => Figure(cell, path, NumberParser.Parse);

    public NumberCell? Rate(LayoutCell? cell, string path) => Figure(cell, path, RateParser.Parse);

    public MeasureCell? Measure(LayoutCell? cell)
    {
        var text = cell?.Text.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var origin = cell!.Origin;
        return new MeasureCell
        {
            Text = text,
            Value = MeasureParser.Parse(text),
            Line = origin.Line,
            Page = origin.Page,
            Bbox = origin.Box?.ToArray(),
            Confidence = Confidence(origin),
        };
    }

    private NumberCell? Figure(LayoutCell? cell, string path, Func<string, ParsedNumber?> parse)
    {
        var text = cell?.Text.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var value = parse(text)?.Value;
        if (value is null && !SelfEvaluationTemplate.NoValueMarks.Contains(text))
        {
            warnings.Add("unreadable-number", $"'{text}' is not a number.", path, cell!.Origin);
        }

        var origin = cell!.Origin;
        return new NumberCell
        {
            Text = text,
            Value = value,
            Line = origin.Line,
            Page = origin.Page,
            Bbox = origin.Box?.ToArray(),
            Confidence = Confidence(origin),
        };
    }

    // Rounded so that output does not depend on the last bits an OCR engine reports.
    private static double? Confidence(CellOrigin origin) => origin.Confidence is { } c ? Math.Round(c, 4) : null;
}
