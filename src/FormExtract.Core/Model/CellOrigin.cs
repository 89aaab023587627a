namespace FormExtract.Core.Model;

/// <summary>
/// Where a piece of text was found: a line of a text file, a box on a page, and OCR confidence; in an Office file,
/// the place inside it (<see cref="Ref"/>) and, for a spreadsheet cell computed by a formula, that formula.
/// </summary>
public readonly record struct CellOrigin(int? Line, int? Page, Box? Box, double? Confidence)
{
    public static CellOrigin None => default;

    /// <summary>The place in an Office file: <c>Sheet1!D7</c> in a workbook, <c>table[2]/row[5]/column[3]</c> or <c>paragraph[4]</c> in a Word document.</summary>
    public string? Ref { get; init; }

    /// <summary>The formula of a spreadsheet cell whose value is the formula's cached result (<c>=B7+C7</c>).</summary>
    public string? Formula { get; init; }

    /// <summary>What the reader learnt while reading the cell (recogniser confidences, other readings, how it was placed); null where the text was taken as printed.</summary>
    public CellEvidence? Evidence { get; init; }

    /// <summary>A place in an Office file.</summary>
    public static CellOrigin At(string reference, string? formula = null) => new(null, null, null, null) { Ref = reference, Formula = formula };

    public static CellOrigin AtLine(int line) => new(line, null, null, null);

    public static CellOrigin OnPage(int page, Box box) => new(null, page, box, null);

    /// <summary>The origin of text joined from two pieces: the first piece's place, the boxes united.</summary>
    public CellOrigin Join(CellOrigin next)
    {
        if (this == None)
        {
            // Nothing joined yet (the seed of an aggregate): the first piece as it is.
            return next;
        }

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
        return new CellOrigin(Line ?? next.Line, Page ?? next.Page, box, confidence) { Ref = Ref ?? next.Ref, Formula = Formula ?? next.Formula, Evidence = CellEvidence.Join(Evidence, next.Evidence) };
    }
}
