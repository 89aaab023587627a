using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;
using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// One initialised Tesseract instance: costly to create (the models are loaded), so one is made per worker
/// and reused for every page it reads. Not thread-safe; never share one between threads.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    /// <summary>Page segmentation modes (tesseract's PSM): a block of text, a single line, a raw line, one character.</summary>
    private const int SingleBlock = 6;
    private const int SingleLine = 7;
    private const int RawLine = 13;
    private const int SingleCharacter = 10;

    /// <summary>A character read alone in single-character mode is kept from this confidence up.</summary>
    private const double SureCharacter = 0.6;

    private const string Whitelist = "tessedit_char_whitelist";

    /// <summary>
    /// The resolution a cell is read at: Tesseract's LSTM reads best at x-heights of 20-30 px, and the figures
    /// of a 200 dpi scan are smaller; a figure cropped and scaled up to this drops fewer strokes.
    /// </summary>
    private const double ReadingDpi = 300;

    /// <summary>
    /// The height, in pixels, of a line of ideographs that the Chinese model reads most surely. It misreads
    /// larger glyphs now and then (培 as 塔, 覆 as 履, 上 read twice) that it reads right when the same line is
    /// scaled down to this; a line this tall is a 10.5 pt line at 200 dpi.
    /// </summary>
    private const double TextLinePixels = 27;

    /// <summary>A line of text taller than this many times <see cref="TextLinePixels"/> is also read scaled down.</summary>
    private const double TallTextLine = 1.25;

    /// <summary>
    /// A line whose characters are all read with this confidence is not read again. Misreads on large glyphs
    /// come with 0.3 to 0.93; sure characters read 0.98 and more.
    /// </summary>
    private const double SureSymbol = 0.97;

    /// <summary>How much taller, in pixels above and below, a line of text is read a second time (<see cref="Voted"/>).</summary>
    private const int TallerBy = 2;

    /// <summary>
    /// A line whose ideographs are all read at least this surely is not read again (<see cref="Voted"/>): the ghosts
    /// seen came on lines whose weakest ideograph was read at 0.79-0.973, while four lines in five of real forms'
    /// paragraphs read every ideograph at 0.98 or more.
    /// </summary>
    private const double UnsureIdeograph = 0.98;

    /// <summary>The scale of the third reading of a line the first two read otherwise.</summary>
    private const double VoteScale = 1.3;

    /// <summary>The resolution of the largest rendering of a figure the first readings were unsure of.</summary>
    private const double EnlargedDpi = 400;

    /// <summary>A figure read at least this sure from the page or its upscaled crop is not read again.</summary>
    private const double SureConfidence = 0.9;

    /// <summary>A line of text read with less confidence than this from a gray page under 300 dpi is read again scaled up.</summary>
    private const double UnsureLine = 0.5;

    /// <summary>The lowest resolution of a gray page whose unsure lines are read again scaled up; a coarser page is not.</summary>
    private const double FineTextDpi = 175;

    /// <summary>Paper around a crop, in pixels as read: ink touching the image's edge is read badly.</summary>
    private const int Border = 10;

    /// <summary>
    /// A figure the page and its upscaled crop left unsure is read from these too: the crop scaled without
    /// sharpening, and thresholded at two sizes; each sheds another part of the blur, ringing and noise
    /// around a poor scan's strokes. A photograph's grain is worst: thresholded as it is, its specks cling to
    /// the strokes (the 5 of 7.5 read as 9), so the crop is also smoothed by a median first, at both sizes.
    /// </summary>
    private static readonly Rendering[] UnsureRenderings =
    [
        new(ReadingDpi, Sharpened: false, Thresholded: false), new(ReadingDpi, Sharpened: false, Thresholded: true), new(EnlargedDpi, Sharpened: true, Thresholded: true),
        new(ReadingDpi, Sharpened: false, Thresholded: true, Smoothed: true), new(EnlargedDpi, Sharpened: false, Thresholded: true, Smoothed: true),
    ];

    private readonly TessApiHandle _api;
    private Pix? _page;
    private int _resolution;

    /// <summary>The page came in black and white (<see cref="PreparedPage.Bilevel"/>), though it is read in gray.</summary>
    private bool _bilevel;
    private bool _otherImageSet;
    private bool _photographed;
    private BinaryImage? _ink;
    private int _pageWidth;
    private int _pageHeight;

    private TesseractEngine(TessApiHandle api, string languages)
    {
        _api = api;
        Languages = languages;
    }

    public string Languages { get; }

    /// <summary>An engine for the languages (tesseract's <c>chi_sim</c>, <c>eng</c>, <c>chi_sim+eng</c>), or why there is none.</summary>
    public static (TesseractEngine? Engine, string? Problem) Create(string dataFolder, string languages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(languages);
        TessApiHandle api;
        try
        {
            api = TessApiHandle.Create();
        }
        catch (DllNotFoundException)
        {
            return (null, "the Tesseract library (libtesseract.so.5) is not installed: install the Debian packages libtesseract5 and liblept5 (scripts/setup.sh does)");
        }

        if (!Interop.Tesseract.Init(api, dataFolder, languages))
        {
            api.Dispose();
            return (null, $"Tesseract could not load the models '{languages}' from {dataFolder}: install {TessdataLocator.ChineseModelPackage} and tesseract-ocr-eng");
        }

        // Form cells are not dictionary prose: the word lists only pull figures and names toward common words.
        Interop.Tesseract.SetVariable(api, "load_system_dawg", "0");
        Interop.Tesseract.SetVariable(api, "load_freq_dawg", "0");
        Interop.Tesseract.SetVariable(api, "debug_file", "/dev/null");
        // Every symbol keeps the characters the LSTM weighed for it: a figure that breaks the form's sums is
        // checked against them before it becomes a finding.
        Interop.Tesseract.SetVariable(api, "lstm_choice_mode", "2");
        return (new TesseractEngine(api, languages), null);
    }

    /// <summary>The Tesseract version of the loaded library.</summary>
    public static string Version => Interop.Tesseract.Version();

    /// <summary>
    /// Gives the engine the page that the following <see cref="Read"/> calls look at. On a coarse page, and on a
    /// <paramref name="photographed"/> one at any resolution, a figure read unsurely is read again in other
    /// renderings and voted on: a phone's grain, blur and uneven light leave figures unsure at 300 dpi too.
    /// </summary>
    public void SetPage(Pix page, int resolution, bool photographed = false) => SetPage(page, resolution, photographed, ink: null);

    /// <summary>
    /// As <see cref="SetPage(Pix, int, bool)"/>, with the page's <paramref name="ink"/> (binarised as the cells are
    /// found), whose count of ideographs on a line tells an ideograph read out of a piece of a glyph
    /// (<see cref="GhostGlyphs"/>).
    /// </summary>
    internal void SetPage(Pix page, int resolution, bool photographed, BinaryImage? ink, bool bilevel = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        Interop.Tesseract.SetImage(_api, page.Handle, resolution);
        (_page, _resolution, _otherImageSet, _photographed, _ink, _bilevel) = (page, resolution, false, photographed, ink, bilevel);
        (_pageWidth, _pageHeight) = (page.Width, page.Height);
    }

    /// <summary>
    /// Reads one region of the current page with settings for the kind of content expected there.
    /// <paramref name="lineHeight"/>, for a line of text, is the height of its ink in pixels of the page.
    /// </summary>
    public OcrReading Read(Box region, CellKind kind, bool singleLine, double lineHeight = 0)
    {
        var secondLook = kind == CellKind.Text && singleLine && lineHeight > TallTextLine * TextLinePixels;
        var reading = Recognize(region, kind, singleLine, Rendering.Page, symbols: kind == CellKind.Text && singleLine);
        if (secondLook)
        {
            // A line of large ideographs with a character read unsurely is read again scaled down to the size the
            // model reads best, and the two readings vote character by character: each size misreads a few glyphs
            // the other reads right.
            if (reading.Symbols is { } symbols && symbols.Any(s => s.Confidence < SureSymbol))
            {
                var scaled = new Rendering(_resolution * TextLinePixels / lineHeight, Sharpened: false, Thresholded: false);
                reading = SymbolVote.Merge(reading, Recognize(region, kind, singleLine, scaled, symbols: true));
            }

            return reading with { Symbols = null };
        }

        if (kind == CellKind.Text && singleLine)
        {
            reading = Voted(region, reading) with { Symbols = null };
        }

        if (kind == CellKind.Text && singleLine && reading.Confidence < UnsureLine && !_bilevel && _resolution >= FineTextDpi
            && _resolution < ReadingDpi - 1)
        {
            // A line of text read unsurely from a gray page of 175 to 300 dpi (金 (元), the wrapped end of a heading, read
            // as 多 at 0.20 on a 200 dpi scan) is read again from a crop scaled up to 300 dpi, and the surer reading
            // stands. Not from a coarser page or a black-and-white one, whose broken strokes scaling up only enlarges:
            // there the model reads a wrong character more surely than the page's own pixels.
            var scaled = Recognize(region, kind, singleLine, new Rendering(ReadingDpi, Sharpened: false, Thresholded: false));
            if (scaled.Text.Length > 0 && scaled.Confidence > reading.Confidence)
            {
                reading = scaled;
            }
        }

        if (kind != CellKind.Number || !(Coarse || (_photographed && reading.Confidence < SureConfidence)))
        {
            return reading;
        }

        // A figure on a coarse page (or read unsurely on a photographed one) is read again from a crop scaled up to the resolution the model reads best
        // at; the more confident reading stands, so a clean page's sure reading is never traded for a guess.
        var upscaled = Recognize(region, kind, singleLine, Rendering.Upscaled);
        var best = upscaled.Text.Length > 0 && upscaled.Confidence > reading.Confidence ? upscaled : reading;
        if (best.Confidence >= SureConfidence)
        {
            return best;
        }

        // Still unsure (a blurred, noisy JPEG): the model's confidence in one short figure swings from one
        // rendering of the same pixels to the next (an 11 read at 0.35 or 0.66, a 7 at 0 or 0.96), while what it
        // reads mostly stays. So the figure is read in a few more renderings and the reading they support
        // most, weighed by their confidence, is taken with the best confidence any of them gave it.
        return Vote([reading, upscaled, .. UnsureRenderings.Select(r => Recognize(region, kind, singleLine, r))]);
    }

    /// <summary>
    /// A line of text with an ideograph read less than surely, read again: once a little taller and, where that
    /// reads otherwise, once scaled. The recogniser reads ideographs where none is printed, nearly as surely as the
    /// rest: in the blank half of a full-width comma (试，暂时 read as 试，和暂时), between two glyphs (办公条件 as
    /// 办公和条件) or in the dot of a 忄 (及时性 as 及时人性); such a ghost, like a glyph misread (采购 as 来购) or a
    /// stray mark (发展;) 完成), comes and goes with the line's crop a pixel up or down, while what is printed
    /// stays. The taller reading stands where the scaled one reads the line as it does, or where it only lacks
    /// ideographs of the first and the scaled one is nearer to it than to the first (it may differ elsewhere).
    /// </summary>
    private OcrReading Voted(Box region, OcrReading reading)
    {
        if (reading.Symbols is not { } symbols || !GhostGlyphs.MayHold(reading.Text)
            || !symbols.Any(s => s.Text is [var c] && TextNormalizer.IsCjk(c) && char.IsLetter(c) && s.Confidence < UnsureIdeograph))
        {
            return reading;
        }

        var taller = Recognize(region with { Y0 = Math.Max(0, region.Y0 - TallerBy), Y1 = Math.Min(_pageHeight, region.Y1 + TallerBy) }, CellKind.Text, SingleLine, Rendering.Page);
        if (taller.Text.Length == 0 || SameText(taller.Text, reading.Text))
        {
            return reading;
        }

        var scaled = Recognize(region, CellKind.Text, SingleLine, Rendering.Own(_resolution * VoteScale)).Text;
        var ghosts = GhostGlyphs.LacksOnlyIdeographs(reading.Text, taller.Text)
            && NearLabels.Distance(scaled, taller.Text) < NearLabels.Distance(scaled, reading.Text);
        return SameText(scaled, taller.Text) || ghosts ? taller : reading;
    }

    /// <summary>Whether two readings are the same text but for white space (the room after a mark read as a space or not).</summary>
    private static bool SameText(string a, string b) => a.Where(c => !char.IsWhiteSpace(c)).SequenceEqual(b.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>
    /// The region read as one character (Tesseract's single-character mode) at the page's own size, for ink that
    /// is one glyph wide: empty when the engine is not sure of it.
    /// </summary>
    public OcrReading ReadCharacter(Box region)
    {
        var character = Recognize(region, CellKind.Text, SingleCharacter, Rendering.Page);
        return character.Confidence >= SureCharacter ? character : OcrReading.Empty;
    }

    /// <summary>
    /// The region read as a line cut out of the page at the page's own size, inside a border of its paper: for
    /// one glyph alone on a line, which the model, reading it in place on the page, took for another character
    /// it was unsure of (次 as 光, 砍 or 0, at 0.00 to 0.35) or for nothing, and reads surely cut out.
    /// </summary>
    public OcrReading ReadGlyph(Box region) => Recognize(region, CellKind.Text, singleLine: true, Rendering.Own(_resolution));

    /// <summary>
    /// One rendering of the region read as a line or a block. Tesseract's line mode finds no text in a short
    /// line of two or three ideographs (拨款, 预算内 on a line of their own), nor at times in one figure cropped
    /// tight, that the raw-line mode, which skips its layout analysis, reads correctly. Neither finds one
    /// ideograph alone on a line (率 wrapped from 合格率); the single-character mode does, and its reading is kept
    /// when it is sure, as a speck must not become a character.
    /// </summary>
    private OcrReading Recognize(Box region, CellKind kind, bool singleLine, Rendering rendering, bool symbols = false)
    {
        var reading = Recognize(region, kind, singleLine ? SingleLine : SingleBlock, rendering, symbols);
        reading = singleLine && reading.Text.Length == 0 ? Recognize(region, kind, RawLine, rendering, symbols) : reading;
        if (!singleLine || reading.Text.Length > 0 || kind != CellKind.Text)
        {
            return reading;
        }

        var character = Recognize(region, kind, SingleCharacter, rendering, symbols);
        return character.Confidence >= SureCharacter ? character : reading;
    }

    /// <summary>
    /// The text the readings support most (their confidences summed, then their number), as the most
    /// confident reading of that text.
    /// </summary>
    private static OcrReading Vote(IReadOnlyList<OcrReading> readings)
    {
        var groups = readings.Where(r => r.Text.Length > 0).GroupBy(r => r.Text, StringComparer.Ordinal).ToArray();
        if (groups.Length == 0)
        {
            return readings[0];
        }

        var chosen = groups.MaxBy(g => (g.Sum(r => r.Confidence), g.Count()))!;
        return chosen.MaxBy(r => r.Confidence);
    }

    /// <summary>The page is coarser than <see cref="ReadingDpi"/> (and gray, as prepared pages are).</summary>
    private bool Coarse => _page is { Depth: 8 } && _resolution > 0 && _resolution < ReadingDpi - 1;

    /// <summary>
    /// Recognises a region in one rendering. Figures and measures always carry their symbols (the sums check
    /// figures, and a measure's unit is checked against the template's units); text only when
    /// <paramref name="symbols"/> asks, or where the line holds enough ideographs for <see cref="GhostGlyphs"/> to weigh them.
    /// </summary>
    private OcrReading Recognize(Box region, CellKind kind, int mode, Rendering rendering, bool symbols = false)
    {
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        var left = Math.Clamp((int)Math.Round(region.X0), 0, _pageWidth);
        var top = Math.Clamp((int)Math.Round(region.Y0), 0, _pageHeight);
        var right = Math.Clamp((int)Math.Round(region.X1), left, _pageWidth);
        var bottom = Math.Clamp((int)Math.Round(region.Y1), top, _pageHeight);
        if (right - left < 3 || bottom - top < 3)
        {
            return OcrReading.Empty;
        }

        Interop.Tesseract.SetVariable(_api, Whitelist, kind switch
        {
            CellKind.Number => "0123456789.,%-",
            _ => string.Empty,
        });
        Interop.Tesseract.SetPageSegMode(_api, mode);
        var resolution = _resolution;
        using var crop = rendering.OnPage ? null : Crop(left, top, right - left, bottom - top, rendering, out resolution);
        if (crop is not null)
        {
            Interop.Tesseract.SetImage(_api, crop, resolution);
            _otherImageSet = true;
        }
        else
        {
            // The engine holds the page between reads; a crop given for one read is taken back after it.
            if (_otherImageSet)
            {
                Interop.Tesseract.SetImage(_api, _page!.Handle, _resolution);
                _otherImageSet = false;
            }

            Interop.Tesseract.SetRectangle(_api, left, top, right - left, bottom - top);
        }

        var (text, confidence) = Interop.Tesseract.Recognize(_api);
        text = text.Trim();
        var ghosts = GhostGlyphs.MayHold(text);
        var read = symbols || ghosts || kind is CellKind.Number or CellKind.Measure ? Interop.Tesseract.Symbols(_api) : null;
        if (read is not null && ghosts)
        {
            // The page's ink tells a speck only where the symbols are placed on the page itself, not on a crop.
            (text, read) = GhostGlyphs.Remove(text, read, rendering.OnPage ? _ink : null);
        }

        var weakest = text.Length == 0 ? null : read is { Count: > 0 } ? read.Min(s => s.Confidence) : Interop.Tesseract.WeakestSymbol(_api);
        return new OcrReading(text, Math.Clamp(confidence, 0, 100) / 100.0) { Symbols = symbols || kind != CellKind.Text ? read : null, Weakest = weakest };
    }

    /// <summary>
    /// The region cut out of the page and scaled to the rendering's resolution (down for large text, up for
    /// small figures), inside a border of its paper's shade; with the resolution it is read at. Null when
    /// Leptonica cannot make it.
    /// </summary>
    private PixHandle? Crop(int left, int top, int width, int height, Rendering rendering, out int resolution)
    {
        var page = _page ?? throw new InvalidOperationException("No page was set.");
        var target = rendering.Dpi;
        resolution = (int)Math.Round(target);
        using var clip = Leptonica.Clip(page.Handle, left, top, width, height);
        // The median is taken at the page's own size, where the grain is one or two pixels across.
        using var smoothed = clip is not null && rendering.Smoothed ? Leptonica.Median(clip, 1) : null;
        var crop = smoothed ?? clip;
        using var scaled = crop is null ? null : Leptonica.Scale(crop, target / _resolution);
        // Scaling up softens the strokes further; a light unsharp mask keeps the gap between the two strokes
        // of 11, which the blur otherwise fills (11 read as 1). Scaling down averages, which needs none.
        using var sharp = scaled is null ? null : rendering.Sharpened ? Leptonica.Sharpen(scaled, 1, 0.4) : Leptonica.Copy(scaled);
        if (sharp is null)
        {
            return null;
        }

        // The flattened gray of a coarse page is not white: a white border would be an edge of its own.
        var paper = Leptonica.RankValue(sharp, 0.5) ?? 255u;
        if (!rendering.Thresholded)
        {
            return Leptonica.AddBorder(sharp, Border, paper);
        }

        // Halfway between the crop's darkest ink and its paper: one threshold for a crop this small, where
        // the light is even, gives the model clean edges that JPEG ringing and noise had blurred.
        var ink = Leptonica.RankValue(sharp, 0.02) ?? 0u;
        using var binary = Leptonica.Threshold(sharp, (int)((ink + paper + 1) / 2));
        using var gray = binary is null ? null : Leptonica.ConvertTo8(binary);
        return gray is null ? null : Leptonica.AddBorder(gray, Border, 255u);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>
    /// How a region is shown to the model: the page's own pixels (<see cref="Dpi"/> 0), or a crop scaled to
    /// <see cref="Dpi"/>, perhaps smoothed, perhaps sharpened, perhaps thresholded to black and white.
    /// </summary>
    private readonly record struct Rendering(double Dpi, bool Sharpened, bool Thresholded, bool Smoothed = false)
    {
        public static Rendering Page => default;

        public static Rendering Upscaled => new(ReadingDpi, true, false);

        public static Rendering Own(double resolution) => new(resolution, false, false);

        public bool OnPage => Dpi <= 0;
    }
}
