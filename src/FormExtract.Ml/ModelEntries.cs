namespace FormExtract.Ml;

/// <summary>
/// The entries of a two-part model file (<see cref="ConfidenceModel.Entries"/>): the parts that score cells read by OCR
/// and printed cells, the part of coarse pages and the disputed measures' ceiling where the file has them.
/// </summary>
public sealed record ModelEntries(byte[] Recognised, byte[] Printed, byte[]? Coarse, byte[]? Disputed)
{
    /// <summary>The disputed measures' ceiling the file holds, if any; <paramref name="path"/> names the file in errors.</summary>
    public DisputedCeiling? Ceiling(string path) => Disputed is { } json ? DisputedCeiling.Parse(json, path) : null;
}
