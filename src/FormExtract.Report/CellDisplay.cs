using System.Globalization;
using FormExtract.Core.Model;
using FormExtract.Core.Review;

namespace FormExtract.Report;

/// <summary>A cell's normalised value as people read it: a rate as a percentage, a measure as comparator, number and unit.</summary>
public static class CellDisplay
{
    public static string Value(CellKind kind, Cell? cell) => cell switch
    {
        null => string.Empty,
        TextCell t => t.Value,
        NumberCell { Value: null } => string.Empty,
        NumberCell n when kind == CellKind.Rate => Number(n.Value!.Value * 100m) + "%",
        NumberCell n => Number(n.Value!.Value),
        MeasureCell { Value: null } => string.Empty,
        MeasureCell { Value: { Number: null } m } => m.Qualitative ?? string.Empty,
        MeasureCell { Value: { } m } => $"{m.Comparator}{Number(m.Number!.Value)}{m.Unit}",
        _ => cell.Text,
    };

    /// <summary>Exact decimal, no trailing zeros, invariant digits.</summary>
    public static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
