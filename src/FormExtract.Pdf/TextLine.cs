using FormExtract.Core.Model;

namespace FormExtract.Pdf;

/// <summary>Letters on one baseline, left to right.</summary>
internal sealed record TextLine(IReadOnlyList<Glyph> Glyphs)
{
    public double Baseline => Glyphs[0].Baseline;

    public double FontSize => Glyphs.Max(g => g.FontSize);

    public double Left => Glyphs[0].Left;

    public double Right => Glyphs[^1].Right;

    public Box Box => Glyphs.Skip(1).Aggregate(Glyphs[0].Box, (box, g) => box.Union(g.Box));
}
