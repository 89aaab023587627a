namespace FormExtract.Pdf;

/// <summary>What the reader takes from one page: its size, its letters and its ruling lines, origin top-left.</summary>
internal sealed record PageContent(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<RulingLine> Lines);
