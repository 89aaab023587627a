using FormExtract.Core.Model;
using FormExtract.Ocr.Interop;

namespace FormExtract.Ocr;

/// <summary>
/// One initialised Tesseract instance: costly to create (the models are loaded), so one is made per worker
/// and reused for every page it reads. Not thread-safe; never share one between threads.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    /// <summary>Page segmentation modes (tesseract's PSM): a block of text, a single line.</summary>
    private const int SingleBlock = 6;
    private const int SingleLine = 7;
    private const int RawLine = 13;

    private const string Whitelist = "tessedit_char_whitelist";

    /// <summary>
    /// The resolution a cell is read at: Tesseract's LSTM reads best at x-heights of 20-30 px, and the figures
    /// of a 200 dpi scan are smaller; a figure cropped and scaled up to this drops fewer strokes.
    /// </summary>
    private const double ReadingDpi = 300;

    /// <summary>The resolution of the largest rendering of a figure the first readings were unsure of.</summary>
    private const double EnlargedDpi = 400;

    /// <summary>A figure read at least this sure from the page or its upscaled crop is not read again.</summary>
    private const double SureConfidence = 0.9;

    /// <summary>Paper around a crop, in pixels as read: ink touching the image's edge is read badly.</summary>
    private const int Border = 10;

    /// <summary>
    /// A figure the page and its upscaled crop left unsure is read from these too: the crop scaled without
    /// sharpening, and thresholded at two sizes; each sheds another part of the blur, ringing and noise
    /// around a poor scan's strokes.
    /// </summary>
    private static readonly Rendering[] UnsureRenderings =
        [new(ReadingDpi, Sharpened: false, Thresholded: false), new(ReadingDpi, Sharpened: false, Thresholded: true), new(EnlargedDpi, Sharpened: true, Thresholded: true)];

    private readonly TessApiHandle _api;
    private Pix? _page;
    private int _resolution;
    private bool _cropSet;
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

    /// <summary>Gives the engine the page that the following <see cref="Read"/> calls look at.</summary>
    public void SetPage(Pix page, int resolution)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(_api.IsClosed, this);
        Interop.Tesseract.SetImage(_api, page.Handle, resolution);
        (_page, _resolution, _cropSet) = (page, resolution, false);
        (_pageWidth, _pageHeight) = (page.Width, page.Height);
    }

    /// <summary>Reads one region of the current page with settings for the kind of content expected there.</summary>
    public OcrReading Read(Box region, CellKind kind, bool singleLine)
    {
        var reading = Recognize(region, kind, singleLine, Rendering.Page);
        if (kind != CellKind.Number || !Coarse)
        {
            return reading;
        }

        // A figure on a coarse page is read again from a crop scaled up to the resolution the model reads best
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
    /// One rendering of the region read as a line or a block. Tesseract's line mode finds no text in a short
    /// line of two or three ideographs (拨款, 预算内 on a line of their own), nor at times in one figure cropped
    /// tight, that the raw-line mode, which skips its layout analysis, reads correctly.
    /// </summary>
    private OcrReading Recognize(Box region, CellKind kind, bool singleLine, Rendering rendering)
    {
        var reading = Recognize(region, kind, singleLine ? SingleLine : SingleBlock, rendering);
        return singleLine && reading.Text.Length == 0 ? Recognize(region, kind, RawLine, rendering) : reading;
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

    private OcrReading Recognize(Box region, CellKind kind, int mode, Rendering rendering)
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
            _cropSet = true;
        }
        else
        {
            if (_cropSet)
            {
                Interop.Tesseract.SetImage(_api, _page!.Handle, _resolution);
                _cropSet = false;
            }

            Interop.Tesseract.SetRectangle(_api, left, top, right - left, bottom - top);
        }

        var (text, confidence) = Interop.Tesseract.Recognize(_api);
        return new OcrReading(text.Trim(), Math.Clamp(confidence, 0, 100) / 100.0)
        {
            // Figures and measures only: the sums check figures, and a measure's unit is checked against the
            // template's units; walking the symbols of prose costs time.
            Symbols = kind is CellKind.Number or CellKind.Measure ? Interop.Tesseract.Symbols(_api) : null,
        };
    }

    /// <summary>
    /// The region cut out of the page and scaled up to the rendering's resolution, inside a border of its
    /// paper's shade; with the resolution it is read at. Null when Leptonica cannot make it.
    /// </summary>
    private PixHandle? Crop(int left, int top, int width, int height, Rendering rendering, out int resolution)
    {
        var page = _page ?? throw new InvalidOperationException("No page was set.");
        var target = rendering.Dpi;
        resolution = (int)Math.Round(target);
        using var crop = Leptonica.Clip(page.Handle, left, top, width, height);
        using var scaled = crop is null ? null : Leptonica.Scale(crop, target / _resolution);
        // Interpolation softens the strokes further; a light unsharp mask keeps the gap between the two strokes
        // of 11, which the blur otherwise fills (11 read as 1).
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
    /// <see cref="Dpi"/>, perhaps sharpened, perhaps thresholded to black and white.
    /// </summary>
    private readonly record struct Rendering(double Dpi, bool Sharpened, bool Thresholded)
    {
        public static Rendering Page => default;

        public static Rendering Upscaled => new(ReadingDpi, true, false);

        public bool OnPage => Dpi <= 0;
    }
}
