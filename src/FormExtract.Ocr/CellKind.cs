namespace FormExtract.Ocr;

/// <summary>What a cell is expected to hold, which decides how it is recognised.</summary>
public enum CellKind
{
    /// <summary>Chinese text, possibly wrapped over several lines (names, goals, reasons).</summary>
    Text,

    /// <summary>Figures only: amounts, scores, weights and rates.</summary>
    Number,

    /// <summary>A target or an actual value: a comparator, a figure and a unit, or a word (提高, 及时).</summary>
    Measure,
}
