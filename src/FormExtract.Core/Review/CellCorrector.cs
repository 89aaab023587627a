using FormExtract.Core.Model;
using FormExtract.Core.Normalization;

namespace FormExtract.Core.Review;

/// <summary>
/// Writes a person's reading into a cell: the new text, normalised as the extractor normalises that kind of
/// cell, with the original reading and the time kept beside it. The place on the page stays; the OCR
/// confidence moves into the correction, since the value is no longer the machine's.
/// </summary>
public static class CellCorrector
{
    /// <summary>The corrected cell, or why the text cannot be this kind of cell's value.</summary>
    public static (Cell? Cell, string? Problem) Correct(FormCell slot, string corrected, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(corrected);
        var text = corrected.Trim();
        var old = slot.Cell;
        // Whole seconds in UTC, as source.extractedAt is written.
        var when = new DateTime(at.ToUniversalTime().Ticks - (at.ToUniversalTime().Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var correction = (old?.Correction ?? new CellCorrection { Text = old?.Text ?? string.Empty, Confidence = old?.Confidence, CorrectedAt = when })
            with { CorrectedAt = when };
        switch (slot.Kind)
        {
            case CellKind.Text:
                return (Place(new TextCell { Text = text, Value = TextNormalizer.Normalize(text) }, old, correction), null);
            case CellKind.Measure:
                return (Place(new MeasureCell { Text = text, Value = text.Length == 0 ? null : MeasureParser.Parse(text) }, old, correction), null);
            default:
                var number = slot.Kind == CellKind.Rate ? RateParser.Parse(text) : NumberParser.Parse(text);
                if (number is null && text.Length > 0 && !IsDash(text))
                {
                    return (null, $"{slot.Path}: \"{text}\" is not a {(slot.Kind == CellKind.Rate ? "rate" : "number")}");
                }

                return (Place(new NumberCell { Text = text, Value = number?.Value }, old, correction), null);
        }
    }

    private static bool IsDash(string text) => text.All(c => c is '-' or '—' or '–' or '－' or '/');

    private static Cell Place(Cell cell, Cell? old, CellCorrection correction) => cell switch
    {
        TextCell t => t with { Page = old?.Page, Line = old?.Line, Bbox = old?.Bbox, Correction = correction },
        NumberCell n => n with { Page = old?.Page, Line = old?.Line, Bbox = old?.Bbox, Correction = correction },
        MeasureCell m => m with { Page = old?.Page, Line = old?.Line, Bbox = old?.Bbox, Correction = correction },
        _ => throw new ArgumentException("Unknown cell type.", nameof(cell)),
    };
}
