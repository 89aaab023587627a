using System.Text.RegularExpressions;
using FormExtract.Core.Model;

namespace FormExtract.Ocr;

/// <summary>
/// Reads one cell (or one line of text outside the tables) on its own: the crop is taken inside the cell's
/// rules and tightened to its ink, an empty cell is not sent to Tesseract at all, one line of ink is read as
/// a line, and what reads as a figure is read again by the figure engine with a whitelist.
/// </summary>
internal sealed partial class CellReader
{
    /// <summary>Ink no wider than this many times its height is one glyph: ideographs are set on a square body.</summary>
    private const double OneGlyphWidth = 1.2;

    /// <summary>Two bands of ink within this many usual line heights, top to bottom, are one line.</summary>
    private const double OneLineHeight = 1.15;

    private readonly OcrEngines _engines;
    private readonly PreparedPage _page;
    private readonly double _lowConfidence;
    private readonly UnitSnapper _units;
    private readonly StarMark _star;
    private readonly ColumnKinds? _headings;

    /// <summary>The page the cells are read from.</summary>
    public PreparedPage Page => _page;

    /// <param name="engines">The worker's engines, set to <paramref name="page"/>.</param>
    /// <param name="page">The page the cells are cut from.</param>
    /// <param name="lowConfidence">Below this a reading is not trusted silently (<see cref="OcrOptions.LowConfidence"/>).</param>
    /// <param name="units">Puts misread units back into the layouts' units.</param>
    /// <param name="headings">Tells the layouts' column headings, which a figures column's cell may hold (a table's header under another's figures); null where none is told.</param>
    public CellReader(OcrEngines engines, PreparedPage page, double lowConfidence, UnitSnapper units, ColumnKinds? headings = null)
    {
        _units = units;
        _headings = headings;
        _star = new StarMark(page.Binary);
        _engines = engines;
        _page = page;
        _lowConfidence = lowConfidence;
    }

    /// <summary>The text inside <paramref name="box"/> (the cell's rule-to-rule rectangle), with its confidence.</summary>
    public OcrReading Read(Box box, double inset, CellKind kind)
    {
        var dpi = _page.Dpi;
        var (x0, y0) = ((int)Math.Ceiling(box.X0 + inset), (int)Math.Ceiling(box.Y0 + inset));
        var (x1, y1) = ((int)Math.Floor(box.X1 - inset), (int)Math.Floor(box.Y1 - inset));
        if (x1 - x0 < 3 || y1 - y0 < 3)
        {
            return OcrReading.Empty;
        }

        var ink = _page.Binary.Ink(x0, y0, x1, y1);
        // Specks of scanner noise are not text: a full stop at 9 pt has more ink than this.
        if (ink.Count < Math.Max(6, dpi * dpi / 4000) || ink.Bottom - ink.Top < dpi * 0.03)
        {
            return kind == CellKind.Measure && FlatEquals(ink) is { } equals ? equals : OcrReading.Empty;
        }

        var margin = dpi * 0.03;
        var tight = new Box(
            Math.Max(x0, ink.Left - margin), Math.Max(y0, ink.Top - margin),
            Math.Min(x1, ink.Right + margin), Math.Min(y1, ink.Bottom + margin));
        var singleLine = ink.Bottom - ink.Top < dpi * 0.22;
        if (singleLine && kind == CellKind.Number && ink.Right >= x1 && RunIntoRule(x1, ink.Top, ink.Bottom) is var (rule, overflowEnd))
        {
            // The figure runs over the cell's right rule (a cramped column printed without clipping): the glyph
            // cut by the inset reads as another digit (96.41% as 96.419), so the figure engine reads it whole, rule
            // and all, which it reads past. Where that is unsure (the rule drawn through the glyph, 2 read as 4), or
            // the figure stops at the rule (set flush right), the figure is read up to the rule: more of the glyph
            // than the inset left (2,612,933.32 read as 2,612,933.3). Only a sure reading stands: a digit under a
            // doubled rule reads as another digit with no confidence, and an unread figure is better than a wrong one.
            if (overflowEnd is { } end && SureFigure(tight with { X1 = end + margin }, singleLine: true) is { } over)
            {
                return over;
            }

            if (rule > x1 && SureFigure(tight with { X1 = rule }, singleLine: true) is { } flush)
            {
                return flush;
            }
        }

        if (singleLine && kind == CellKind.Measure && ReadMeasure(tight, margin) is { } measure)
        {
            return measure;
        }

        // A figures cell is read as it is printed (the figure engine reads it again); text at the size the
        // Chinese model reads best.
        var textSized = kind != CellKind.Number;
        // A core indicator's ★ is no character of the model's: told by its shape, and left out of what it reads.
        var star = kind == CellKind.Text ? LeadingStar(tight, ink.Top, ink.Bottom, singleLine) : null;
        List<OcrReading>? lineReadings = null;
        var text = singleLine
            ? _engines.Text.Read(star is { } starEnd ? tight with { X0 = starEnd } : tight, CellKind.Text, singleLine: true, textSized ? ink.Bottom - ink.Top : 0)
            : ReadLines(tight, ink.Top, ink.Bottom, margin, kind, star, out lineReadings);
        var cleaned = (star is null ? string.Empty : StarMark.Mark) + Clean(text.Text);
        if (!singleLine && kind == CellKind.Measure)
        {
            (text, cleaned) = WrappedMeasure(text, lineReadings, cleaned, tight, ink.Top, ink.Bottom, margin);
        }

        // Under a figures heading (分值, 全年执行数) whatever is not a word is a figure, however the Chinese
        // model read it (1l, O.5); the figure engine's reading is taken there without weighing confidences.
        // (Full-width marks do not make a word: the Chinese model reads the comma of 2,612,933 as ，.)
        var figureColumn = kind == CellKind.Number && cleaned.Length > 0 && !cleaned.Any(IsIdeograph) && cleaned.Any(c => char.IsAsciiDigit(c) || char.IsLetter(c));
        // Ink the Chinese model reads as nothing (a lone 2 on a 200 dpi JPEG) may still be a figure to the figure
        // engine, whose reading stands when it is sure: specks must not become a 1.
        if (kind == CellKind.Number && cleaned.Length == 0 && SureFigure(tight, singleLine) is { } lone)
        {
            return lone;
        }

        if (singleLine && kind == CellKind.Number && ReadAsFigure(tight, cleaned) is { } digits)
        {
            return digits;
        }

        if (singleLine && (figureColumn || LooksLikeFigure().IsMatch(cleaned)))
        {
            var figure = _engines.Figures.Read(tight, CellKind.Number, singleLine: true);
            var figureText = Clean(figure.Text);
            if (figureColumn && WholeFigure().IsMatch(cleaned) && WholeFigure().IsMatch(figureText) && figureText.Length != cleaned.Length
                && !cleaned.Contains('%', StringComparison.Ordinal) && !figureText.Contains('%', StringComparison.Ordinal)
                && Glyphs(tight) == cleaned.Length)
            {
                // The figure engine lost or added a digit the Chinese model read, one for each glyph of ink (11 read as 1
                // on a black-and-white 200 dpi page, whose serifs the blur brings close). Not a percentage: a coarse
                // page breaks a % into pieces a blank column apart, and the Chinese model reads one as a digit (99.929%).
                return WithAlternatives(Pointed(new OcrReading(cleaned, text.Confidence) { Weakest = text.Weakest }, tight), null, figureText);
            }

            if (figureText.Length > 0 && (figureColumn ? figureText.Any(char.IsAsciiDigit) : figure.Confidence >= text.Confidence - 0.05))
            {
                return WithAlternatives(Pointed(new OcrReading(figureText, figure.Confidence) { Weakest = figure.Weakest }, tight), figure.Symbols, cleaned);
            }
        }

        // A wrapped figure's lines as the Chinese model read them, each cleaned (Clean runs the lines together).
        string[] textLines = !singleLine && kind == CellKind.Number ? [.. text.Text.Split('\n').Select(Clean).Where(l => l.Length > 0)] : [];
        if (!singleLine && kind == CellKind.Number && !figureColumn && textLines is [.. var above, [_]] && above.Length > 0
            && !above.Any(l => l.Any(IsIdeograph)) && ReadWrappedFigure(tight, ink.Top, ink.Bottom, margin) is ({ Text: var wrappedText } wrappedFigure, [.., [var last]])
            && WholeFigure().IsMatch(wrappedText) && (last == '%' || (char.IsAsciiDigit(last) && LastLineIsNarrow(tight, ink.Top, ink.Bottom))))
        {
            // The last character of a figure wrapped alone onto its own line, which the Chinese model read as an
            // ideograph (60.37 over % read as 上 at 150 dpi, 2612933.3 over 2 as 人): the figure engine read it as a %,
            // or as a digit where its ink is as narrow as a digit's, not as wide as an ideograph's (a unit wrapped
            // alone, 10 over 分, stays text).
            return WithAlternatives(wrappedFigure, wrappedFigure.Symbols, null);
        }

        if (!singleLine && figureColumn)
        {
            // Specks around a figure in a poor scan make its ink look like several lines, so it was read as a
            // block by the Chinese model; a figures column's cell is still one figure (or one wrapped in a
            // narrow column). The figure engine reads it as a line, else as a block; where both engines read a
            // whole figure, the more confident reading is taken and the other kept as an alternative.
            var wrapped = ReadWrappedFigure(tight, ink.Top, ink.Bottom, margin);
            if (wrapped is { } lines && !WholeFigure().IsMatch(lines.Reading.Text) && Agreed(lines.Lines, textLines) is { } agreed)
            {
                // The figure engine read each line's digits but lost or misread a mark (the point of .99 wrapped to
                // its own line); the Chinese model read the same digits with that mark. Read as one line instead,
                // the wrapped figure was its last line's digits (11,448,186 over .99 as 86), sure and wrong.
                return WithAlternatives(new OcrReading(agreed, Math.Min(text.Confidence, lines.Reading.Confidence)) { Weakest = Weakest([text, lines.Reading]) }, null, lines.Reading.Text);
            }

            var figure = wrapped is { Reading: var whole } && WholeFigure().IsMatch(whole.Text) ? whole : _engines.Figures.Read(tight, CellKind.Number, singleLine: true);
            var joined = JoinFigure(figure.Text);
            if (!WholeFigure().IsMatch(joined))
            {
                figure = _engines.Figures.Read(tight, CellKind.Number, singleLine: false);
                joined = JoinFigure(figure.Text);
            }

            var chinese = WholeFigure().IsMatch(cleaned) ? new OcrReading(cleaned, text.Confidence) { Weakest = text.Weakest } : (OcrReading?)null;
            if (WholeFigure().IsMatch(joined))
            {
                var ours = new OcrReading(joined, figure.Confidence) { Weakest = figure.Weakest };
                var (taken, other) = chinese is { } c && c.Confidence > figure.Confidence ? (c, joined) : (ours, chinese?.Text);
                return WithAlternatives(taken, taken.Text == joined ? figure.Symbols : null, other);
            }

            if (chinese is { } only)
            {
                return WithAlternatives(only, null, null);
            }
        }

        var repaired = OcrTextRepair.Repair(cleaned);

        // Ink under a figures heading that neither recogniser read (11 as | and as a 1 at no confidence on a
        // degraded scan) is a figure unread, not a blank cell: left blank, the aligner moved 实际完成值 into 得分.
        return repaired.Length == 0 && kind is CellKind.Number or CellKind.Measure
            ? OcrReading.UnreadInk
            : new OcrReading(repaired, text.Confidence) { Weakest = text.Weakest };
    }

    /// <summary>
    /// A short figure in a poor scan can look like a character to the Chinese model (11 as 二, 5 as 三, 7 as 了,
    /// 13 as J志, 7.2 as 了.2). Under a figures heading such a reading is no word these forms print there, so the
    /// figure engine reads the cell again; its reading stands when it is a whole figure of the shape the
    /// Chinese reading leaves (<see cref="FigureShape"/>), read with the confidence trusted without a warning;
    /// else the characters stay and the form reports them.
    /// </summary>
    private OcrReading? ReadAsFigure(Box tight, string cleaned)
    {
        // A heading under a figures column is the header of a table below another (得分 under the funding block's
        // 得分 column), not a figure misread as characters: read as a figure it was 1353, and the column lost its heading.
        var shape = FigureShape(cleaned);
        if ((shape is null && !(cleaned.Any(char.IsAsciiDigit) && cleaned.Any(IsIdeograph))) || _headings?.IsHeading(cleaned) == true)
        {
            return null;
        }

        // The Chinese model may read one glyph twice (a lone 7 as 了7 on a 150 dpi JPEG, as 7了 on a turned page), which
        // no figure of the shape its reading leaves can be: the figure engine's reading stands too where it reads each
        // glyph of the ink once. That holds for an ideograph after the digits as well, which the shape leaves alone as
        // a possible unit: a unit is ink of its own (10分 is three glyphs), a glyph read twice is not.
        return (shape is null ? null : SureFigure(tight, singleLine: true, shape))
            ?? (SureFigure(tight, singleLine: true) is { } sure && sure.Text.Length < cleaned.Length && Glyphs(tight) == sure.Text.Length ? sure : null);
    }

    /// <summary>The glyphs of the ink in <paramref name="region"/>, from its first inked row to its last (see <see cref="BinaryImage.Glyphs"/>).</summary>
    private int Glyphs(Box region)
    {
        var ink = _page.Binary.Ink((int)region.X0, (int)region.Y0, (int)region.X1, (int)region.Y1);
        return ink.Count == 0 ? 0 : _page.Binary.Glyphs((int)region.X0, ink.Top, (int)region.X1, ink.Bottom);
    }

    /// <summary>
    /// A comparator cell whose = is two hairlines (═ in a sans face: five rows of ink at 300 dpi), too flat for
    /// text, read as = where its strokes are two flat bars one over the other; a single bar (a dash) stays empty.
    /// Its confidence is the warning threshold's, as the shape test gives none of its own.
    /// </summary>
    private OcrReading? FlatEquals((int Count, int Left, int Top, int Right, int Bottom) ink)
    {
        if (ink.Count == 0 || ink.Right - ink.Left < 3 * (ink.Bottom - ink.Top) || _page.Binary.Glyphs(ink.Left, ink.Top, ink.Right, ink.Bottom) != 1)
        {
            return null;
        }

        return ComparatorGlyph.Of(_page.Binary, ink.Left, ink.Right, ink.Top, ink.Bottom, allowChevron: false) == "="
            ? new OcrReading("=", _lowConfidence)
            : null;
    }

    /// <summary>
    /// The figure engine's reading of <paramref name="region"/>, its pieces joined, where it is a whole figure
    /// (of <paramref name="shape"/>, when given) read with the confidence trusted without a warning; else null.
    /// </summary>
    private OcrReading? SureFigure(Box region, bool singleLine, Regex? shape = null)
    {
        var figure = _engines.Figures.Read(region, CellKind.Number, singleLine);
        var text = JoinFigure(Clean(figure.Text));
        if (!WholeFigure().IsMatch(text) || !(shape?.IsMatch(text) ?? true) || figure.Confidence < _lowConfidence)
        {
            return null;
        }

        var reading = new OcrReading(text, figure.Confidence) { Weakest = figure.Weakest };
        return WithAlternatives(singleLine ? Pointed(reading, region) : reading, figure.Symbols, null);
    }

    /// <summary>
    /// What a figure the Chinese model misread as <paramref name="cleaned"/> may be: any figure where it read
    /// one or two characters and no digit; where it read digits with one or two ideographs among them, the
    /// same digits and marks in place with one or two digits for each ideograph. Null for anything else, and
    /// for an ideograph after the last digit, which may be a unit (10分, 5万元) rather than a misread digit.
    /// </summary>
    internal static Regex? FigureShape(string cleaned)
    {
        var ideographs = cleaned.Count(Core.Normalization.TextNormalizer.IsCjk);
        if (ideographs == 0)
        {
            return null;
        }

        var lastDigit = cleaned.AsSpan().LastIndexOfAnyInRange('0', '9');
        if (lastDigit < 0)
        {
            return cleaned.Length <= 2 ? AnyFigure() : null;
        }

        if (ideographs > 2 || cleaned[lastDigit..].Any(Core.Normalization.TextNormalizer.IsCjk) || !cleaned.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%' || Core.Normalization.TextNormalizer.IsCjk(c)))
        {
            return null;
        }

        var pattern = string.Concat(cleaned.Select(c => Core.Normalization.TextNormalizer.IsCjk(c) ? @"\d{1,2}" : Regex.Escape(c.ToString())));
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// A figure wrapped over lines in a narrow column (4328240.0 over 0, 60.37 over %), each line read as a line
    /// by the figure engine and the pieces joined, with the lines as read; its confidence is the least sure line's.
    /// Null when the ink is one line or a line reads as nothing. The pieces may not make a figure (specks that only
    /// looked like lines, a mark misread): the caller tells.
    /// </summary>
    private (OcrReading Reading, IReadOnlyList<string> Lines)? ReadWrappedFigure(Box tight, int inkTop, int inkBottom, double margin)
    {
        var lines = Lines(tight, inkTop, inkBottom);
        if (lines.Count < 2)
        {
            return null;
        }

        var pieces = new List<OcrReading>(lines.Count);
        var texts = new List<string>(lines.Count);
        foreach (var (top, bottom) in lines)
        {
            var box = new Box(tight.X0, Math.Max(tight.Y0, top - margin), tight.X1, Math.Min(tight.Y1, bottom + margin));
            var piece = _engines.Figures.Read(box, CellKind.Number, singleLine: true);
            if (Clean(piece.Text).Length == 0)
            {
                return null;
            }

            pieces.Add(piece);
            texts.Add(Clean(piece.Text));
        }

        var joined = JoinWrapped(texts);
        return (new OcrReading(joined, pieces.Min(p => p.Confidence)) { Symbols = [.. pieces.SelectMany(p => p.Symbols ?? [])], Weakest = Weakest(pieces) }, texts);
    }

    /// <summary>
    /// The whole figure the two engines' lines make where they read the same digits on every line, each line taken
    /// from the figure engine where that makes a whole figure and from the Chinese model where it does not; null
    /// where the lines or their digits differ, or no choice makes a figure.
    /// </summary>
    private static string? Agreed(IReadOnlyList<string> figureLines, string[] textLines)
    {
        if (figureLines.Count != textLines.Length || figureLines.Count > 4 || figureLines.Where((l, i) => Digits(l) != Digits(textLines[i])).Any())
        {
            return null;
        }

        // Fewest lines of the Chinese model's first: it reads the marks, the figure engine the figure.
        return Enumerable.Range(0, 1 << figureLines.Count)
            .OrderBy(choice => System.Numerics.BitOperations.PopCount((uint)choice))
            .Select(choice => JoinWrapped(figureLines.Select((l, i) => (choice & (1 << i)) != 0 ? textLines[i] : l).ToArray()))
            .FirstOrDefault(WholeFigure().IsMatch);
    }

    /// <summary>
    /// A wrapped figure's lines as one figure. A comma ending the line before a last line of one or two digits
    /// is the figure's point (27083670. over 00, read as 27083670，): no thousands group is two digits long.
    /// </summary>
    private static string JoinWrapped(IReadOnlyList<string> lines)
    {
        var parts = lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal).Trim()).Where(l => l.Length > 0).ToArray();
        if (parts.Length >= 2 && parts[^2] is [.., ',' or '，'] before && CentsLine().IsMatch(parts[^1])
            && !parts.Any(p => p.Contains('.', StringComparison.Ordinal)) && !before[..^1].Any(c => c is ',' or '，'))
        {
            parts[^2] = before[..^1] + ".";
        }

        return string.Concat(parts);
    }

    /// <summary>Whether the ink of the cell's last line is at most three quarters as wide as it is tall: a digit, not an ideograph.</summary>
    private bool LastLineIsNarrow(Box tight, int inkTop, int inkBottom)
    {
        var (top, bottom) = Lines(tight, inkTop, inkBottom)[^1];
        var ink = _page.Binary.Ink((int)tight.X0, top, (int)tight.X1, bottom);
        return ink.Count > 0 && ink.Right - ink.Left <= 0.75 * (ink.Bottom - ink.Top);
    }

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    /// <summary>The weakest character of readings put together: the lowest of theirs.</summary>
    private static double? Weakest(IEnumerable<OcrReading> pieces) =>
        pieces.Select(p => p.Weakest).Where(w => w is not null).DefaultIfEmpty(null).Min();

    private static bool IsIdeograph(char c) => char.IsLetter(c) && Core.Normalization.TextNormalizer.IsCjk(c);

    /// <summary>
    /// Where ink that reaches the crop's right edge at <paramref name="x1"/> runs up to the cell's right rule
    /// without a gap: the rule's first column, and the first blank column beyond the rule where the ink goes on
    /// past it (null where paper follows the rule). Null when no rule is met within a glyph's width or a blank
    /// column comes first (two in a row: the ink ends inside the cell).
    /// </summary>
    private (int Rule, int? OverflowEnd)? RunIntoRule(int x1, int top, int bottom)
    {
        var rule = (bottom - top) * 0.9;
        var limit = Math.Min(_page.Binary.Width, x1 + (int)(_page.Dpi * 0.12));
        int Inked(int x) => _page.Binary.Ink(x, top, x + 1, bottom).Count;
        var x = x1;
        // Up to the rule (a column inked in every row of the line), the glyph goes on without a gap. One blank
        // column is a thin stroke broken by the threshold (the slash of a % on a black-and-white page), not a gap.
        for (; x < limit && Inked(x) is var inked && inked < rule; x++)
        {
            if (inked == 0 && (x + 1 >= limit || Inked(x + 1) == 0))
            {
                return null;
            }
        }

        if (x >= limit)
        {
            return null;
        }

        var start = x;
        while (x < limit && Inked(x) >= rule)
        {
            x++;
        }

        // Beyond the rule, the glyph goes on at once, or this is paper before the next cell's text.
        if (x >= limit || Inked(x) == 0)
        {
            return (start, null);
        }

        while (x < limit && Inked(x) > 0)
        {
            x++;
        }

        return (start, x < limit ? x : null);
    }

    /// <summary>A one-line figure's reading with the decimal point its ink shows put back where the recogniser dropped it (<see cref="DecimalPoint"/>).</summary>
    private OcrReading Pointed(OcrReading reading, Box region) =>
        DecimalPoint.Mend(_page.Binary, region, reading.Text) is { } mended ? reading with { Text = mended } : reading;

    /// <summary>A figure's reading, a comma read for its point made a point again, with the other readings the page may support (see <see cref="FigureAlternatives"/>).</summary>
    private static OcrReading WithAlternatives(OcrReading reading, IReadOnlyList<OcrSymbol>? symbols, string? otherEngine)
    {
        var text = OcrTextRepair.PointForComma(reading.Text);
        return reading with { Text = text, Alternatives = FigureAlternatives.Of(text, symbols, otherEngine), Disputed = FigureAlternatives.Disputing(text, otherEngine) };
    }

    /// <summary>A figure read over several lines, joined: a wrapped figure has no gaps.</summary>
    private static string JoinFigure(string text) =>
        string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// A target or actual value (≥95%, =100%, 56件, 11.7万元): the Chinese model reads the slanted ⩾ as 之 or
    /// 亏, drops a thin =, and reads the serif % as 04; the English model reads figures and % well but takes
    /// ⩾ for 2. So the leading comparator is told by its shape, the figure with a % by the figure engine, and
    /// a Chinese unit by the Chinese engine. Null when the cell holds no figure (提升, 预算内).
    /// </summary>
    private OcrReading? ReadMeasure(Box tight, double margin)
    {
        var whole = _engines.Text.Read(tight, CellKind.Measure, singleLine: true);
        var wholeText = Clean(whole.Text);
        var (x0, y0, x1, y1) = ((int)tight.X0, (int)tight.Y0, (int)tight.X1, (int)tight.Y1);
        if (!wholeText.Any(char.IsAsciiDigit))
        {
            // A target the Chinese model made nothing of (>=20人 read as SA at 0.18 on a 150 dpi JPEG) is still
            // its comparator, told by its strokes, and the figure and unit read after it, where those hold a figure.
            // Not a chevron alone, which a 2 can be (22人次 read as 大次). So too a target whose lone 1 the Chinese
            // model read as a thin mark after its comparator (=1次 as =]次 on a page fed askew), however sure it was.
            if ((whole.Confidence < _lowConfidence || wholeText.Any(IsThinMark)) && LeadingComparator(x0, y0, x1, y1, wholeText) is { Comparator: not (">" or "<") } lost
                && _page.Binary.FirstGlyph(lost.End, y0, x1, y1) is not null
                && AfterComparator(tight, margin, whole, wholeText, lost) is { } unread && unread.Text.Any(char.IsAsciiDigit))
            {
                return unread;
            }

            // A lone 1 before its unit (1次) may be all the figure there is, read as ] and cleaned away.
            return FigureBeforeUnit(tight, whole) is { } counted
                ? counted with { Text = OcrTextRepair.Repair(counted.Text) }
                : LoneComparator(x0, y0, x1, y1, whole);
        }

        return AfterComparator(tight, margin, whole, wholeText, LeadingComparator(x0, y0, x1, y1, wholeText));
    }

    /// <summary>
    /// A one-line target read from its comparator's strokes (<paramref name="leading"/>, if any) and the figure and
    /// unit after it (<paramref name="whole"/> is the Chinese model's reading of the whole cell); null where it holds
    /// neither a comparator nor a figure.
    /// </summary>
    private OcrReading? AfterComparator(Box tight, double margin, OcrReading whole, string wholeText, (string Comparator, int End)? leading)
    {
        var comparator = string.Empty;
        var rest = tight;
        if (leading is { } found)
        {
            comparator = found.Comparator;
            rest = new Box(Math.Max(tight.X0, found.End + 1 - (margin / 2)), tight.Y0, tight.X1, tight.Y1);
        }

        var chinese = comparator.Length > 0 ? _engines.Text.Read(rest, CellKind.Measure, singleLine: true) : whole;
        var chineseText = Clean(chinese.Text);
        var unitAt = chineseText.ToList().FindIndex(Core.Normalization.TextNormalizer.IsCjk);
        OcrReading body;
        string? disputed = null;
        if (FigureBeforeUnit(rest, chinese) is { } reread)
        {
            body = reread;
        }
        else if (unitAt > 0 && chineseText[..unitAt].Any(char.IsAsciiDigit))
        {
            // Cut after its comparator, the cell may lose its unit's first strokes to the cut (次 read as 座).
            body = new OcrReading(_units.Prefer(_units.Snap(chineseText, chinese.Symbols), wholeText), chinese.Confidence) { Weakest = chinese.Weakest };
        }
        else
        {
            // A value printed without a unit is a figure, whose point a 150 dpi page can lose to the figure engine (1.6 read as 16).
            var figure = _engines.Figures.Read(rest, CellKind.Number, singleLine: true);
            var figureText = Clean(figure.Text);
            if (leading is { } cut && ComparatorSliver(rest, cut.End) && figureText.Length > 1 && char.IsAsciiDigit(figureText[0])
                && Digits(figureText)[1..] == Digits(chineseText) && Digits(chineseText).Length > 0)
            {
                // The cut after the comparator keeps a sliver of its ink, which the figure engine, held to figures, may
                // read as a digit the Chinese model did not see (=100% read as 7100% on a page fed askew).
                figureText = figureText[1..];
            }

            var figureRead = figureText.Any(char.IsAsciiDigit);
            body = figureRead ? Pointed(new OcrReading(figureText, figure.Confidence) { Weakest = figure.Weakest }, rest) : new OcrReading(chineseText, chinese.Confidence) { Weakest = chinese.Weakest };
            disputed = figureRead ? DisputedDigits(body.Text, chineseText) : null;
        }

        if (comparator.Length == 0 && !body.Text.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // No target ends in a comma: one read after the unit (20人，) is the model's, not the print's.
        var measure = OcrTextRepair.Repair(comparator + body.Text.TrimStart('=', '<', '>', '≥', '≤', '之', '亏', '记', '委', '三', '过', '达').TrimEnd('，', ','));
        return new OcrReading(OcrTextRepair.PointForComma(measure), body.Confidence) { Weakest = body.Weakest, Disputed = disputed };
    }

    /// <summary>Whether the first glyph in <paramref name="rest"/> is a piece of the comparator that ends at <paramref name="comparatorEnd"/>.</summary>
    private bool ComparatorSliver(Box rest, int comparatorEnd) =>
        _page.Binary.FirstGlyph((int)rest.X0, (int)rest.Y0, (int)rest.X1, (int)rest.Y1) is { } first && first.Right <= comparatorEnd;

    /// <summary>
    /// The Chinese model's reading of a measure's figure where neither its digits nor those the figure engine read
    /// (<paramref name="taken"/>) begin the other's; null otherwise. The Chinese model reads a % as a digit or two
    /// more (100% as 1009%, 95% as 9504), which is no dispute; a 70% it reads as 709% where the figure engine read
    /// 10% is one, however sure the figure engine was of its 1.
    /// </summary>
    private static string? DisputedDigits(string taken, string chinese)
    {
        var ours = LeadingDigits(taken);
        var theirs = LeadingDigits(chinese);
        return ours.Length > 0 && theirs.Length > 0 && !theirs.StartsWith(ours, StringComparison.Ordinal) && !ours.StartsWith(theirs, StringComparison.Ordinal) ? chinese : null;

        static string LeadingDigits(string text) =>
            new([.. text.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(c => char.IsAsciiDigit(c) || c == '.').Where(char.IsAsciiDigit)]);
    }

    /// <summary>
    /// The figure of a measure whose Chinese reading put a thin mark among its digits (51个 read as 5]个, 45.1万元
    /// as 45.]万元, 1次 as ]次, 10人 as J0人): the Chinese model takes a 1 against a unit's ideograph for ] or | with
    /// high confidence, and the mark is then dropped with the 1, or a letter is kept that leaves the figure unparsed.
    /// Where the mark stands on ink as tall as a digit (a speck also reads as ]), the ink before the unit is read
    /// again by the figure engine, with its votes over renderings on a coarse page; its reading stands when it is a
    /// whole figure of the shape the Chinese reading leaves (a digit or two for each mark), and the unit is a layout's
    /// unit. Null otherwise.
    /// </summary>
    private OcrReading? FigureBeforeUnit(Box region, OcrReading chinese)
    {
        if (chinese.Symbols is not { Count: > 1 } symbols)
        {
            return null;
        }

        // The unit begins at the first ideograph after the figure's last digit: one among the digits is a misread
        // digit or a speck (700人次 read as 7了00人次 on a photocopy).
        var lastDigit = symbols.ToList().FindLastIndex(s => s.Text.Any(char.IsAsciiDigit));
        var unitAt = -1;
        for (var i = lastDigit + 1; i < symbols.Count && unitAt < 0; i++)
        {
            if (symbols[i].Text.Length > 0 && symbols[i].Text.All(IsIdeograph) && !symbols[i].Text.Any(IsThinMark))
            {
                unitAt = i;
            }
        }

        var firstMark = symbols.ToList().FindIndex(s => s.Text.Length > 0 && s.Text.All(c => IsThinMark(c) || IsIdeograph(c)));
        if (unitAt < 1 || firstMark < 0 || firstMark >= unitAt || symbols[unitAt].Bounds is not { } unitBox)
        {
            return null;
        }

        var unit = string.Concat(symbols.Skip(unitAt).Select(s => s.Text));
        var read = string.Concat(symbols.Take(unitAt).Select(s => s.Text));
        if (!_units.IsUnit(_units.Snap("0" + unit, symbols)[1..]) || FigureAround(read) is not { } shape)
        {
            return null;
        }

        // The mark's ink, from the glyph before it (or the cell's start) to the unit, must be as tall as a digit.
        var markLeft = firstMark > 0 && symbols[firstMark - 1].Bounds is { } before ? before.X1 : region.X0;
        var line = _page.Binary.Ink((int)region.X0, (int)region.Y0, (int)region.X1, (int)region.Y1);
        var mark = _page.Binary.Ink((int)markLeft, (int)region.Y0, (int)unitBox.X0, (int)region.Y1);
        if (mark.Count == 0 || mark.Bottom - mark.Top < (line.Bottom - line.Top) * 0.6)
        {
            return null;
        }

        var figure = _engines.Figures.Read(region with { X1 = unitBox.X0 }, CellKind.Number, singleLine: true);
        // No figure ends in a point: one read there is a speck or the unit's first stroke (10人 read as 10.).
        var figureText = JoinFigure(Clean(figure.Text)).TrimEnd('.');
        if (!WholeFigure().IsMatch(figureText) || !shape.IsMatch(figureText))
        {
            return null;
        }

        var measure = _units.Snap(figureText + unit, symbols);
        return new OcrReading(measure, Math.Min(chinese.Confidence, figure.Confidence)) { Symbols = chinese.Symbols, Weakest = Weakest([chinese, figure]) };
    }

    /// <summary>
    /// Marks the Chinese model reads a thin upright stroke (a 1) as: brackets and bars, and on a blurred page a j
    /// or J, the 1's flag taken for a hook (>=10人 read as >=J0人).
    /// </summary>
    private static bool IsThinMark(char c) => c is ']' or '[' or '|' or '｜' or '丨' or 'l' or 'I' or '!' or 'j' or 'J';

    /// <summary>
    /// What a figure read with thin marks among its digits (5], 45.]) may be: the same digits and points in
    /// place with one or two digits for each mark, and none to two for each ideograph standing between digits
    /// (7了00: a misread digit, or a speck read as one). Null where the reading holds anything else, or no mark.
    /// </summary>
    internal static Regex? FigureAround(string read)
    {
        bool Stray(int i) => IsIdeograph(read[i]) && read.AsSpan(0, i).ContainsAnyInRange('0', '9') && read.AsSpan(i + 1).ContainsAnyInRange('0', '9');
        var marks = Enumerable.Range(0, read.Length).Where(i => IsThinMark(read[i]) || Stray(i)).ToHashSet();
        if (marks.Count == 0 || !Enumerable.Range(0, read.Length).All(i => char.IsAsciiDigit(read[i]) || read[i] is '.' or ',' || marks.Contains(i)))
        {
            return null;
        }

        var pattern = string.Concat(read.Select((c, i) => !marks.Contains(i) ? Regex.Escape(c.ToString()) : IsThinMark(c) ? @"\d{1,2}" : @"\d{0,2}"));
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// The comparator the first glyphs between <paramref name="y0"/> and <paramref name="y1"/> make by their
    /// strokes, and the column where it ends; null when they make none. <paramref name="read"/> is what the
    /// Chinese model read there: a chevron alone is only trusted where it did not read a digit first.
    /// </summary>
    private (string Comparator, int End)? LeadingComparator(int x0, int y0, int x1, int y1, string read)
    {
        if (_page.Binary.FirstGlyph(x0, y0, x1, y1) is not { } glyph)
        {
            return null;
        }

        var firstIsDigit = read.Length > 0 && char.IsAsciiDigit(read[0]);
        var comparator = ComparatorGlyph.Of(_page.Binary, glyph.Left, glyph.Right, y0, y1, allowChevron: true);
        var end = glyph.Right;
        if (comparator is null && TouchingAtLeast(glyph.Left, glyph.Right, y0, y1) is { } touching)
        {
            return (touching, glyph.Right);
        }

        // Some forms type ≥ as two characters, >=. A chevron with an = after it is a comparator even where the
        // Chinese model read a digit there (>=230人次 read as 2290人次 at 200 dpi): no figure starts with 7=.
        if (comparator is ">" or "<" && _page.Binary.FirstGlyph(end, y0, x1, y1) is { } next && ComparatorGlyph.Of(_page.Binary, next.Left, next.Right, y0, y1, allowChevron: false) == "=")
        {
            (comparator, end) = (comparator + "=", next.Right);
        }
        else if (comparator is ">" or "<" && read.StartsWith(comparator + "=", StringComparison.Ordinal))
        {
            // At 200 dpi the two may touch and make one glyph, which its strokes tell as the chevron alone; the
            // cell read whole saw the = (>=400人次 read as >400人次 otherwise).
            comparator += "=";
        }
        else if (comparator is ">" or "<" && firstIsDigit)
        {
            // A chevron alone is close to a 7: only trusted where the Chinese model did not see a digit there.
            comparator = null;
        }
        else if (comparator is "≥" or "≤" && firstIsDigit && ComparatorGlyph.Of(_page.Binary, glyph.Left, glyph.Right, y0, y1, allowChevron: false, ComparatorGlyph.SureBar) is null)
        {
            // A 2 whose arc lost its tip to the threshold (a degraded 150 dpi page) is a chevron and a second
            // piece too: where the Chinese model read a digit, the bar must be one, a good share of the ink.
            comparator = null;
        }

        return comparator is null ? null : (comparator, end);
    }

    /// <summary>
    /// A target wrapped over lines in a narrow column (>=1300人 over 次, ≤10万 over 元) is read line by line by the
    /// Chinese model, which reads a ≤ as S or 三 and can lose the digit its comparator touches (>=1300 as sd300) or
    /// take a leading 1 for a letter (>=1400 as >=j400). Where the first line is a figure with at most three
    /// characters before it (a comparator's two, and a 1 read as a mark) and a unit after, it is
    /// read again as a one-line target is (<see cref="ReadMeasure"/>: the comparator told by its strokes, the figure
    /// by the figure engine); that reading stands for the line where it only adds to the front of the figure the
    /// Chinese model read and ends in the same unit: the rest of such a line the Chinese model reads better (a unit
    /// cut off its 元 is a 万 alone, which the figure engine reads as a 7). Else the first line's first glyphs are
    /// told by their strokes and stand for what was read before the first digit (at most two characters).
    /// </summary>
    private (OcrReading Text, string Cleaned) WrappedMeasure(OcrReading read, List<OcrReading>? pieces, string cleaned, Box tight, int inkTop, int inkBottom, double margin)
    {
        if (pieces is not null && pieces.Any(p => p.Text.EndsWith('，') || p.Text.EndsWith(',')))
        {
            // No line of a target ends in a comma: one read after a unit's first character (>=1000人， over 次) is the model's.
            pieces = [.. pieces.Select(p => p with { Text = p.Text.TrimEnd('，', ',') })];
            (read, cleaned) = (Joined(pieces), Clean(Joined(pieces).Text));
        }

        var lines = Lines(tight, inkTop, inkBottom);
        if (pieces is not null && pieces.Count == lines.Count && MeasureLine().IsMatch(Clean(pieces[0].Text)))
        {
            var (top, bottom) = lines[0];
            var firstLine = tight with { Y0 = Math.Max(tight.Y0, top - margin), Y1 = Math.Min(tight.Y1, bottom + margin) };
            if (ReadMeasure(firstLine, margin) is { } first && MendsFront(Clean(pieces[0].Text), first.Text))
            {
                var joined = Joined([first, .. pieces.Skip(1)]);
                return (joined, Clean(joined.Text));
            }
        }

        var firstDigit = cleaned.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit is < 1 or > 2 || lines is not [var (lineTop, lineBottom), _, ..]
            || LeadingComparator((int)tight.X0, lineTop, (int)tight.X1, lineBottom, cleaned) is not { } leading)
        {
            return (read, cleaned);
        }

        return (read, leading.Comparator + cleaned[firstDigit..]);
    }

    /// <summary>
    /// Whether <paramref name="measure"/>, a target's line read as a one-line target is, differs from the Chinese
    /// model's reading of it (<paramref name="chinese"/>, a figure with at most two characters before it and a unit
    /// after) only before the figure: in the comparator, or in digits added to the figure's front.
    /// </summary>
    internal static bool MendsFront(string chinese, string measure) =>
        MeasureLine().Match(chinese) is { Success: true } read && MeasureLine().Match(measure) is { Success: true } again
        && again.Groups["figure"].Value.EndsWith(read.Groups["figure"].Value, StringComparison.Ordinal)
        && again.Groups["unit"].Value == read.Groups["unit"].Value;

    /// <summary>
    /// A comparator alone in its cell (≥ under 指标性质 where the target is split): neither model reads one symbol on
    /// its own, so one glyph that is a comparator by its strokes is read as that comparator. Its confidence is the
    /// warning threshold's, as the shape test gives none of its own; anything else is no measure (null).
    /// </summary>
    private OcrReading? LoneComparator(int x0, int y0, int x1, int y1, OcrReading whole)
    {
        if (_page.Binary.FirstGlyph(x0, y0, x1, y1) is not { } glyph || _page.Binary.FirstGlyph(glyph.Right, y0, x1, y1) is not null
            || ComparatorGlyph.Of(_page.Binary, glyph.Left, glyph.Right, y0, y1, allowChevron: true) is not { } comparator)
        {
            return null;
        }

        return new OcrReading(comparator, Math.Max(whole.Text.Length == 0 ? 0 : whole.Confidence, _lowConfidence));
    }

    /// <summary>
    /// >= or &lt;= whose two characters stand with no blank column between them (at 150 dpi they do), so that one run
    /// of inked columns holds both: a chevron by its strokes, then an = by its strokes. Null for anything else: a 2
    /// alone is close to a chevron, and a figure's digits stand as close.
    /// </summary>
    private string? TouchingAtLeast(int left, int right, int y0, int y1)
    {
        var split = FirstGlyphEnd(left, right, y0, y1);
        var chevron = split < right ? ComparatorGlyph.Of(_page.Binary, left, split, y0, y1, allowChevron: true) : null;
        return chevron is ">" or "<" && ComparatorGlyph.Of(_page.Binary, split, right, y0, y1, allowChevron: false) == "=" ? chevron + "=" : null;
    }

    /// <summary>
    /// Where the first glyph in the run of inked columns [<paramref name="left"/>, <paramref name="right"/>) ends:
    /// its strokes (pieces of ink, specks aside) and those sharing a column with them, left to right; the run's end
    /// when every stroke shares a column with the next (a ≥'s bar lies under its chevron).
    /// </summary>
    private int FirstGlyphEnd(int left, int right, int y0, int y1)
    {
        var pieces = _page.Binary.Pieces(left, y0, right, y1);
        var ink = pieces.Sum(p => p.Size);
        var end = left;
        foreach (var piece in pieces.Where(p => p.Size >= ink * ComparatorGlyph.Speck).OrderBy(p => p.Left))
        {
            if (end > left && piece.Left >= end)
            {
                return end;
            }

            end = Math.Max(end, piece.Right);
        }

        return right;
    }

    /// <summary>The right edge of a ★ that starts the cell's first line of ink, or null.</summary>
    private int? LeadingStar(Box tight, int inkTop, int inkBottom, bool singleLine)
    {
        var (top, bottom) = singleLine ? (inkTop, inkBottom) : Lines(tight, inkTop, inkBottom)[0];
        return _star.Leading((int)tight.X0, top, (int)tight.X1, bottom);
    }

    /// <summary>
    /// A line whose ink is one glyph wide (the last character of a sentence wrapped alone in a narrow column) holds
    /// one character, but the line model may read its parts as several (料 as 炎3|), read it as another character it
    /// is unsure of (次 as 光 or 0, at 0.00 to 0.35) or, alone in a wide line, read nothing at all (次 lost from
    /// 服务人次): such a reading is replaced by a reading of the glyph alone where the engine is sure of one
    /// ideograph, and surer than the line model was.
    /// </summary>
    private OcrReading OneGlyph(OcrReading reading, Box line, int top, int bottom, bool words)
    {
        var nothing = reading.Text.Length == 0;
        var unsure = reading.Text.Length == 1 && reading.Confidence < _lowConfidence;
        if (!nothing && !unsure && reading.Text.Count(c => char.IsLetterOrDigit(c) || c == '|') < 2)
        {
            return reading;
        }

        var ink = _page.Binary.Ink((int)line.X0, top, (int)Math.Ceiling(line.X1), bottom);
        if (ink.Count == 0 || ink.Right - ink.Left > OneGlyphWidth * (ink.Bottom - ink.Top))
        {
            return reading;
        }

        // The glyph may carry a full-width mark in its own room (料，): one ideograph and marks are one glyph.
        // Read as nothing or unsurely in the whole line's width, it is read again in a box of its own, a little
        // wider than it is tall (amid blank paper the model takes a lone glyph for noise): in place, then cut out
        // of the page. Each finds some glyphs the other does not (率 in place on a blurred copy, 次 cut out at 200
        // dpi); an unsure reading is only read cut out, as in place the model misreads the glyph the same way again.
        var pad = (ink.Bottom - ink.Top) / 2.0;
        var own = line with { X0 = Math.Max(line.X0, ink.Left - pad), X1 = Math.Min(line.X1, ink.Right + 1 + pad) };
        Func<OcrReading>[] readings = nothing ? [() => _engines.Text.Read(own, CellKind.Text, singleLine: true), () => _engines.Text.ReadGlyph(own)]
            : unsure ? [() => _engines.Text.ReadGlyph(own)]
            : [() => _engines.Text.ReadCharacter(line)];
        foreach (var read in readings)
        {
            var character = read();
            if (IsOneIdeograph(character) && (!nothing || character.Confidence >= _lowConfidence) && (!unsure || character.Confidence > reading.Confidence))
            {
                return character;
            }
        }

        // In a column of words, pieces read unsurely where the character model reads nothing (分 of a stacked 分值
        // heading as 356 at 0.46, which lost the column its heading and its figures) may still be a glyph the model
        // reads surely cut out. Not under a figures or measure heading, where a narrow 11 is two pieces indeed.
        if (words && !nothing && !unsure && reading.Confidence < _lowConfidence && _engines.Text.ReadGlyph(own) is var glyph
            && IsOneIdeograph(glyph) && glyph.Confidence >= _lowConfidence && glyph.Confidence > reading.Confidence)
        {
            return glyph;
        }

        return reading;
    }

    /// <summary>One ideograph, with at most marks after it (料，).</summary>
    private static bool IsOneIdeograph(OcrReading reading) =>
        reading.Text.Length > 0 && Core.Normalization.TextNormalizer.IsCjk(reading.Text[0])
        && !reading.Text.Skip(1).Any(c => char.IsLetterOrDigit(c) || c == '|');

    /// <summary>The lines of ink between <paramref name="inkTop"/> and <paramref name="inkBottom"/>, top to bottom.</summary>
    private List<(int Top, int Bottom)> Lines(Box tight, int inkTop, int inkBottom)
    {
        var dpi = _page.Dpi;
        var profile = _page.Binary.RowProfile((int)tight.X0, (int)tight.X1, inkTop, inkBottom);
        var lines = new List<(int Top, int Bottom)>();
        var start = -1;
        for (var i = 0; i <= profile.Length; i++)
        {
            var inked = i < profile.Length && profile[i] > 0;
            if (inked && start < 0)
            {
                start = i;
            }
            else if (!inked && start >= 0)
            {
                lines.Add((inkTop + start, inkTop + i));
                start = -1;
            }
        }

        return JoinSplitGlyphs(MergeSlivers(lines, dpi * 0.05, dpi * 0.01));
    }

    /// <summary>
    /// Bands of inked rows with the thin ones merged into a neighbour. Gaps inside a line (between the strokes of 二 or
    /// a colon) are thin, and a line of text is tall enough to stand on its own, so a band under
    /// <paramref name="minimum"/> rows joins the nearer band beside it: the top stroke of a 元 wrapped alone stands
    /// closer to the rest of its glyph than to the line above (joined to that line, it left the glyph's lower part to
    /// be read as JU). Bands less than <paramref name="touching"/> apart are one line.
    /// </summary>
    internal static List<(int Top, int Bottom)> MergeSlivers(IReadOnlyList<(int Top, int Bottom)> bands, double minimum, double touching)
    {
        var merged = new List<(int Top, int Bottom)>(bands.Count);
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var sliver = band.Bottom - band.Top < minimum;
            var nearerNext = sliver && merged.Count > 0 && i + 1 < bands.Count && bands[i + 1].Top - band.Bottom < band.Top - merged[^1].Bottom;
            if (merged.Count > 0 && ((sliver && !nearerNext) || merged[^1].Bottom - merged[^1].Top < minimum || band.Top - merged[^1].Bottom < touching))
            {
                merged[^1] = (merged[^1].Top, band.Bottom);
            }
            else
            {
                merged.Add(band);
            }
        }

        return merged;
    }

    /// <summary>
    /// Some ideographs are drawn in two parts one over the other with a gap between (宀 over 元 in 完), so a line
    /// holding only such a glyph (the last character of a sentence wrapped alone) is cut into two bands, each
    /// read as a character. Two neighbouring bands that together are no taller than the cell's usual line are one
    /// line: lines of text are set further apart than that.
    /// </summary>
    internal static List<(int Top, int Bottom)> JoinSplitGlyphs(List<(int Top, int Bottom)> bands)
    {
        if (bands.Count < 3)
        {
            return bands;
        }

        var usual = bands.Select(b => b.Bottom - b.Top).Order().ElementAt(bands.Count / 2);
        var joined = new List<(int Top, int Bottom)>(bands.Count);
        foreach (var band in bands)
        {
            if (joined.Count > 0 && band.Bottom - joined[^1].Top <= usual * OneLineHeight
                && band.Bottom - band.Top < usual && joined[^1].Bottom - joined[^1].Top < usual)
            {
                joined[^1] = (joined[^1].Top, band.Bottom);
            }
            else
            {
                joined.Add(band);
            }
        }

        return joined;
    }

    /// <summary>
    /// A wrapped cell read line by line: read as one block, Tesseract drops a last line of one or two
    /// characters (the 率 of 完成率 wrapped alone) as noise, while a line read on its own keeps it. When a mark
    /// before the first line is not to be read, <paramref name="firstLineStart"/> is where that line's text starts.
    /// <paramref name="lines"/> are the lines' own readings (those that read anything), null where the ink is one line.
    /// </summary>
    private OcrReading ReadLines(Box tight, int inkTop, int inkBottom, double margin, CellKind kind, int? firstLineStart, out List<OcrReading>? lines)
    {
        var textSized = kind != CellKind.Number;
        var merged = Lines(tight, inkTop, inkBottom);
        lines = null;
        if (merged.Count < 2)
        {
            return _engines.Text.Read(tight with { X0 = firstLineStart ?? tight.X0 }, CellKind.Text, singleLine: false);
        }

        var pieces = new List<OcrReading>(merged.Count);
        foreach (var (top, bottom) in merged)
        {
            var x0 = top == merged[0].Top ? firstLineStart ?? tight.X0 : tight.X0;
            var box = new Box(x0, Math.Max(tight.Y0, top - margin), tight.X1, Math.Min(tight.Y1, bottom + margin));
            var reading = _engines.Text.Read(box, CellKind.Text, singleLine: true, textSized ? bottom - top : 0);
            reading = OneGlyph(reading, box, top, bottom, kind == CellKind.Text);
            if (reading.Text.Length > 0)
            {
                pieces.Add(reading);
            }
        }

        lines = pieces;
        return Joined(pieces);
    }

    /// <summary>Lines read one by one, put together: their texts a line apart, their confidences weighed by length.</summary>
    private static OcrReading Joined(IReadOnlyList<OcrReading> pieces)
    {
        double weighted = 0, total = 0;
        foreach (var piece in pieces)
        {
            weighted += piece.Confidence * piece.Text.Length;
            total += piece.Text.Length;
        }

        return new OcrReading(string.Join('\n', pieces.Select(p => p.Text)), total > 0 ? weighted / total : 0) { Weakest = Weakest(pieces) };
    }

    /// <summary>
    /// Wrapped lines joined as printed: no gap where a Chinese line wraps, a space between Latin words, and a
    /// new line only before a numbered paragraph (1、 2、), the one break a cell's text keeps.
    /// </summary>
    private static string Clean(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Trim('|', '｜', '丨', '[', ']', '_').Trim())
            .Where(l => l.Length > 0)
            .ToArray();
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                var (last, first) = (builder[^1], line[0]);
                // A figure right after a finished sentence starts a paragraph numbered without a mark (2建立…).
                var paragraph = NumberedParagraph().IsMatch(line)
                    || (last is '。' or '；' or ';' && line.Length > 1 && char.IsAsciiDigit(line[0]) && Core.Normalization.TextNormalizer.IsCjk(line[1]));
                // A comma ending a line of Chinese is read as the full-width one (OcrTextRepair tells the two by the room
                // after the mark, which the line's end leaves no way to see): the break stands for that room.
                var chineseComma = last == ',' && builder.Length > 1 && Core.Normalization.TextNormalizer.IsCjk(builder[^2]);
                builder.Append(paragraph ? "\n"
                    : chineseComma ? " "
                    : Core.Normalization.TextNormalizer.IsCjk(last) || Core.Normalization.TextNormalizer.IsCjk(first) || char.IsPunctuation(last) ? string.Empty
                    : " ");
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    /// <summary>1、 2. （3）: a point followed by a digit is a decimal wrapped to the line's start (57.80%), no number.</summary>
    [GeneratedRegex(@"^(\d{1,2}[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[）)])")]
    private static partial Regex NumberedParagraph();

    /// <summary>A figure as printed in a figures column: digits with separators and at most one point, perhaps a percentage.</summary>
    [GeneratedRegex(@"^\d{1,3}(,?\d{3})*(\.\d+)?%?$|^\d+(\.\d+)?%?$")]
    private static partial Regex WholeFigure();

    [GeneratedRegex(@"^\d{1,2}%?$")]
    private static partial Regex CentsLine();

    [GeneratedRegex(@"^\d")]
    private static partial Regex AnyFigure();

    /// <summary>A target's first line as the Chinese model reads it: up to three characters (a comparator, a 1 read as a mark), a figure, at most a unit's three.</summary>
    [GeneratedRegex(@"^\D{0,3}(?<figure>\d[\d.,]*)(?<unit>[%％\p{IsCJKUnifiedIdeographs}]{0,3})$")]
    private static partial Regex MeasureLine();

    [GeneratedRegex(@"^[\s\d.,，。%％\-—<>=≥≤]*\d[\s\d.,，。%％\-—]*$")]
    private static partial Regex LooksLikeFigure();
}
