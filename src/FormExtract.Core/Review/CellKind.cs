namespace FormExtract.Core.Review;

/// <summary>How a cell's text is normalised into its value (spec/OUTPUT.md, "Normalisation of value").</summary>
public enum CellKind
{
    Text,
    Number,
    Rate,
    Measure,
}
