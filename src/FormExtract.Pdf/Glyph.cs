using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>
/// One letter as PdfPig read it, in page coordinates with the origin top-left. <see cref="Baseline"/> and
/// <see cref="FontSize"/> are what lines are grouped by: glyph boxes of CJK fonts vary too much in height.
/// </summary>
internal readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double FontSize)
{
    /// <summary>A box of the nominal em height above the baseline, whatever the glyph's own box says.</summary>
    public Box Box => new(Left, Baseline - FontSize * 0.88, Right, Baseline + FontSize * 0.12);

    public double CenterX => (Left + Right) / 2;

    /// <summary>The middle of the em box: the point that decides which cell a letter belongs to.</summary>
    public double CenterY => Baseline - FontSize * 0.38;
}
