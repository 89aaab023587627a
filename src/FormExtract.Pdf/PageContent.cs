namespace FormExtract.Pdf;

/// <summary>
/// What the reader takes from one page: its size, its letters and its ruling lines, origin top-left, and how
/// many images it draws (a page with no letters but an image is a scan).
/// </summary>
internal sealed record PageContent(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<RulingLine> Lines)
{
    public int Images { get; init; }
}
