namespace FormExtract.Core.Model;

/// <summary>Where a piece of text was found: a line of a text file, a box on a page, and OCR confidence.</summary>
public readonly record struct CellOrigin(int? Line, int? Page, Box? Box, double? Confidence)
{
    public static CellOrigin None => default;

    public static CellOrigin AtLine(int line) => new(line, null, null, null);

    public static CellOrigin OnPage(int page, Box box) => new(null, page, box, null);

    /// <summary>The origin of text joined from two pieces: the first piece's place, the boxes united.</summary>
    public CellOrigin Join(CellOrigin next)
    {
        var box = (Box, next.Box) switch
        {
            ({ } a, { } b) when Page == next.Page => a.Union(b),
            ({ } a, _) => a,
            (_, var b) => b,
        };
        double? confidence = (Confidence, next.Confidence) switch
        {
            ({ } a, { } b) => Math.Min(a, b),
            (var a, var b) => a ?? b,
        };
        return new CellOrigin(Line ?? next.Line, Page ?? next.Page, box, confidence);
    }
}
