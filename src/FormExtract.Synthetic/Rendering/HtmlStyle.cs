namespace FormExtract.Synthetic.Rendering;

/// <summary>
/// How an HTML form is dressed, after what archives publish: the charset (UTF-8 or GB2312), Word-export markup
/// (<c>&lt;p class=MsoNormal&gt;&lt;span&gt;</c>, <c>&amp;nbsp;</c>, <c>&lt;br&gt;</c> in headings), the font and
/// its size, column widths narrow enough to force wrapping, the title inside or above the table, the page
/// orientation Chromium prints it in, and whether a table row may break across a page (<see cref="SplitRows"/>).
/// </summary>
public sealed record HtmlStyle(
    string Name,
    string Charset = "utf-8",
    bool WordMarkup = false,
    string FontFamily = "'Noto Serif CJK SC', serif",
    decimal FontSizePt = 10.5m,
    bool NarrowColumns = false,
    bool TitleInTable = false,
    bool Landscape = false,
    bool SplitRows = false)
{
    public string Name { get; init; } = !string.IsNullOrWhiteSpace(Name) ? Name : throw new ArgumentException("A style has a name.", nameof(Name));

    /// <summary>utf-8 or gb2312, the two charsets published forms use.</summary>
    public string Charset { get; init; } = Charset is "utf-8" or "gb2312"
        ? Charset
        : throw new ArgumentOutOfRangeException(nameof(Charset), Charset, "The charset is utf-8 or gb2312.");

    public decimal FontSizePt { get; init; } = FontSizePt > 0
        ? FontSizePt
        : throw new ArgumentOutOfRangeException(nameof(FontSizePt), FontSizePt, "A font has a positive size.");

    public static IReadOnlyList<HtmlStyle> Standard { get; } =
    [
        new("plain"),
        new("word", Charset: "gb2312", WordMarkup: true, FontFamily: "宋体, 'Noto Serif CJK SC', serif", FontSizePt: 9m, TitleInTable: true),
        new("narrow", NarrowColumns: true, FontSizePt: 12m, FontFamily: "'Noto Sans CJK SC', sans-serif"),
        new("landscape", Landscape: true, FontFamily: "'Noto Sans CJK SC', sans-serif", FontSizePt: 11m),
    ];

    /// <summary>
    /// The faces scans are printed in: the plain serif first, then two sans faces. A threshold or a low resolution
    /// loses a serif face's hairlines and keeps a sans face's even strokes, and the recogniser misreads each face in
    /// its own way, so pages of one face alone teach the confidence model how that face breaks, not how scans do.
    /// Coarse scans go through the faces a round of <see cref="ScanStyle.CoarseStyles"/> each; other scans and phone
    /// captures are printed in the face a corpus names (<c>CorpusOptions.ScanFace</c>).
    /// </summary>
    public static IReadOnlyList<HtmlStyle> Faces { get; } =
    [
        Standard[0],
        new("sans", FontFamily: "'Noto Sans CJK SC', sans-serif"),
        new("microhei", FontFamily: "'WenQuanYi Micro Hei', sans-serif", FontSizePt: 10m),
    ];

    /// <summary>The face of <see cref="Faces"/> named <paramref name="name"/>, or null.</summary>
    public static HtmlStyle? Face(string name) => Faces.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>A file name's suffix for a page printed in <paramref name="face"/>: none for the first face.</summary>
    public static string FaceSuffix(HtmlStyle face)
    {
        ArgumentNullException.ThrowIfNull(face);
        return face.Name == Faces[0].Name ? string.Empty : "-" + face.Name;
    }

    /// <summary>
    /// The face and scan style of the coarse file at <paramref name="index"/>, and its name's suffix: the styles
    /// in turn, the faces a round of styles each, so that the first round's names are the serif's alone.
    /// </summary>
    public static (HtmlStyle Face, ScanStyle Scan, string Name) Coarse(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var scan = ScanStyle.CoarseStyles[index % ScanStyle.CoarseStyles.Count];
        var face = Faces[index / ScanStyle.CoarseStyles.Count % Faces.Count];
        return (face, scan, scan.Name + FaceSuffix(face));
    }
}
