namespace FormExtract.Ml;

/// <summary>
/// The entries of a two-part model file (<see cref="ConfidenceModel.Entries"/>): the parts that score cells read by OCR
/// and printed cells, the part of coarse pages and the ceilings of capped cells where the file has them.
/// </summary>
public sealed record ModelEntries(byte[] Recognised, byte[] Printed, byte[]? Coarse, byte[]? Disputed, byte[]? Contested)
{
    /// <summary>The ceilings the file holds; <paramref name="path"/> names the file in errors.</summary>
    public Ceilings Ceilings(string path) => new(
        Disputed is { } disputed ? CellCeiling.Parse(disputed, path, CappedCells.Disputed) : null,
        Contested is { } contested ? CellCeiling.Parse(contested, path, CappedCells.Contested) : null);
}
