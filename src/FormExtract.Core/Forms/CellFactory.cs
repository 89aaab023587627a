using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Makes typed cells from layout text: the text as found (trimmed) beside its normalised value and origin.
/// A figure that cannot be read is reported through <see cref="FormWarnings"/> rather than guessed.
/// </summary>
/// <remarks>A form in Traditional characters (<paramref name="simplify"/>) keeps its text as printed; its values are read in Simplified.</remarks>
internal sealed class CellFactory(FormTemplate template, FormWarnings warnings, bool simplify = false)
{
    /// <summary>A text of the form as a value: markup and wrap gaps removed, in Simplified characters.</summary>
    public string Value(string text) => simplify ? TraditionalChinese.Read(TextNormalizer.Normalize(text)) : TextNormalizer.Normalize(text);

    /// <summary>The text a figure or a measure is read from.</summary>
    private string Source(string text) => simplify ? TraditionalChinese.Read(text) : text;

    public TextCell? Text(string? raw, CellOrigin origin)
    {
        var text = raw?.Trim();
        return string.IsNullOrEmpty(text) ? null : At(new TextCell
        {
            Text = text,
            Value = Value(text),
        }, origin);
    }

    public TextCell? Text(LayoutCell? cell) => cell is null ? null : Text(cell.Text, cell.Origin);

    public NumberCell? Number(LayoutCell? cell, string path) => Figure(cell, path, NumberParser.Parse);

    /// <summary>An amount of the funding block, which may carry the block's unit (150万 under 万元).</summary>
    public NumberCell? Money(LayoutCell? cell, string path, string? unit) =>
        Figure(cell, path, text => NumberParser.Parse(FundingUnits.WithoutUnit(text, unit)));

    public NumberCell? Rate(LayoutCell? cell, string path) => Figure(cell, path, RateParser.Parse);

    /// <summary>Points printed in a label (预算执行情况(20分), 总分(100分)): the points as the cell's text, the label's place.</summary>
    public NumberCell? Points(LayoutCell? cell)
    {
        if (cell is null || PrintedPoints.Split(cell.Key) is not { Points: { } points, Text: { } text })
        {
            return null;
        }

        return At(new NumberCell
        {
            Text = text,
            Value = points,
        }, cell.Origin);
    }

    public MeasureCell? Measure(LayoutCell? cell) => cell is null ? null : Measure(cell.Text, cell.Text, cell.Origin);

    /// <summary>A target or result: <paramref name="text"/> as found, its value read from <paramref name="valueText"/>.</summary>
    public MeasureCell? Measure(string text, string valueText, CellOrigin origin)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return At(new MeasureCell
        {
            Text = trimmed,
            Value = MeasureParser.Parse(Source(valueText)),
        }, origin);
    }

    private NumberCell? Figure(LayoutCell? cell, string path, Func<string, ParsedNumber?> parse)
    {
        var text = cell?.Text.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var value = parse(Source(text))?.Value;
        if (value is null && !template.NoValueMarks.Contains(text))
        {
            warnings.Add("unreadable-number", $"'{text}' is not a number.", path, cell!.Origin);
        }

        return At(new NumberCell
        {
            Text = text,
            Value = value,
        }, cell!.Origin);
    }

    /// <summary>The cell with where <paramref name="origin"/> found it: line, page, box, the recogniser's confidence, Office reference, formula and evidence.</summary>
    private static TCell At<TCell>(TCell cell, CellOrigin origin)
        where TCell : Cell =>
        (TCell)((Cell)cell with
        {
            Line = origin.Line,
            Page = origin.Page,
            Bbox = origin.Box?.ToArray(),
            Confidence = Confidence(origin),
            Ref = origin.Ref,
            Formula = origin.Formula,
            Evidence = origin.Evidence,
        });

    // Rounded so that output does not depend on the last bits an OCR engine reports.
    private static double? Confidence(CellOrigin origin) => origin.Confidence is { } c ? Math.Round(c, 4) : null;
}
