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

    private readonly TessApiHandle _api;
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
        (_pageWidth, _pageHeight) = (page.Width, page.Height);
    }

    /// <summary>Reads one region of the current page with settings for the kind of content expected there.</summary>
    public OcrReading Read(Box region, CellKind kind, bool singleLine)
    {
        var reading = Recognize(region, kind, singleLine ? SingleLine : SingleBlock);
        // Tesseract's line mode finds no text in a short line of two or three ideographs (拨款, 预算内 on a
        // line of their own) that the raw-line mode, which skips its layout analysis, reads correctly.
        return singleLine && reading.Text.Length == 0 ? Recognize(region, kind, RawLine) : reading;
    }

    private OcrReading Recognize(Box region, CellKind kind, int mode)
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
        Interop.Tesseract.SetRectangle(_api, left, top, right - left, bottom - top);
        var (text, confidence) = Interop.Tesseract.Recognize(_api);
        return new OcrReading(text.Trim(), Math.Clamp(confidence, 0, 100) / 100.0)
        {
            // Figures and measures only: the sums check figures, and a measure's unit is checked against the
            // template's units; walking the symbols of prose costs time.
            Symbols = kind is CellKind.Number or CellKind.Measure ? Interop.Tesseract.Symbols(_api) : null,
        };
    }

    public void Dispose() => _api.Dispose();
}
