using System.Runtime.InteropServices;
using FormExtract.Core.Model;

namespace FormExtract.Ocr.Interop;

/// <summary>
/// The marshalling layer over <see cref="TesseractNative"/>: UTF-8 strings in and out, and every string
/// Tesseract allocates handed back to <c>TessDeleteText</c>.
/// </summary>
internal static class Tesseract
{
    /// <summary>The LSTM engine only: the legacy models are not in Debian's tessdata_fast packages.</summary>
    private const int LstmOnly = 1;

    /// <summary>The legacy engine, the only one that reads osd.traineddata (orientation and script detection).</summary>
    private const int LegacyOnly = 0;

    /// <summary>Page segmentation mode "orientation and script detection only".</summary>
    private const int OsdOnly = 0;

    /// <summary>An engine that only detects orientation, from osd.traineddata in <paramref name="dataPath"/>.</summary>
    public static bool InitOrientation(TessApiHandle api, string dataPath)
    {
        if (TesseractNative.TessBaseAPIInit2(api.DangerousGetHandle(), dataPath, "osd", LegacyOnly) != 0)
        {
            return false;
        }

        SetPageSegMode(api, OsdOnly);
        return true;
    }

    /// <summary>How far the current image was turned clockwise from upright (0, 90, 180, 270 degrees) and the confidence; null when Tesseract finds too little text to tell.</summary>
    public static (int Degrees, float Confidence)? DetectOrientation(TessApiHandle api)
    {
        var found = TesseractNative.TessBaseAPIDetectOrientationScript(api.DangerousGetHandle(), out var degrees, out var confidence, out _, out _);
        return found != 0 ? (degrees, confidence) : null;
    }

    public static bool Init(TessApiHandle api, string dataPath, string languages) =>
        TesseractNative.TessBaseAPIInit2(api.DangerousGetHandle(), dataPath, languages, LstmOnly) == 0;

    public static bool SetVariable(TessApiHandle api, string name, string value) =>
        TesseractNative.TessBaseAPISetVariable(api.DangerousGetHandle(), name, value) != 0;

    public static void SetPageSegMode(TessApiHandle api, int mode) =>
        TesseractNative.TessBaseAPISetPageSegMode(api.DangerousGetHandle(), mode);

    public static void SetImage(TessApiHandle api, PixHandle pix, int resolution)
    {
        TesseractNative.TessBaseAPISetImage2(api.DangerousGetHandle(), pix.DangerousGetHandle());
        GC.KeepAlive(pix);
        TesseractNative.TessBaseAPISetSourceResolution(api.DangerousGetHandle(), resolution);
    }

    public static void SetRectangle(TessApiHandle api, int left, int top, int width, int height) =>
        TesseractNative.TessBaseAPISetRectangle(api.DangerousGetHandle(), left, top, width, height);

    /// <summary>Recognises the current rectangle; the text and the mean word confidence (0..100).</summary>
    public static (string Text, int Confidence) Recognize(TessApiHandle api)
    {
        var raw = TesseractNative.TessBaseAPIGetUTF8Text(api.DangerousGetHandle());
        if (raw == IntPtr.Zero)
        {
            return (string.Empty, 0);
        }

        try
        {
            var text = Marshal.PtrToStringUTF8(raw) ?? string.Empty;
            return (text, TesseractNative.TessBaseAPIMeanTextConf(api.DangerousGetHandle()));
        }
        finally
        {
            TesseractNative.TessDeleteText(raw);
        }
    }

    /// <summary>tesseract's PageIteratorLevel RIL_SYMBOL.</summary>
    private const int SymbolLevel = 4;

    /// <summary>
    /// The symbols of the last recognition, each with the LSTM's choices for it (best first, confidence 0..1).
    /// Only filled when <c>lstm_choice_mode</c> was set before recognising; otherwise each symbol has no choices.
    /// </summary>
    public static IReadOnlyList<OcrSymbol> Symbols(TessApiHandle api)
    {
        var symbols = new List<OcrSymbol>();
        var iterator = TesseractNative.TessBaseAPIGetIterator(api.DangerousGetHandle());
        if (iterator == IntPtr.Zero)
        {
            return symbols;
        }

        try
        {
            do
            {
                var raw = TesseractNative.TessResultIteratorGetUTF8Text(iterator, SymbolLevel);
                // The iterator of an empty result stands on no word; a choice iterator there would abort.
                if (raw == IntPtr.Zero)
                {
                    break;
                }

                string text;
                try
                {
                    text = Marshal.PtrToStringUTF8(raw) ?? string.Empty;
                }
                finally
                {
                    TesseractNative.TessDeleteText(raw);
                }

                var confidence = TesseractNative.TessResultIteratorConfidence(iterator, SymbolLevel) / 100.0;
                symbols.Add(new OcrSymbol(text, Math.Clamp(confidence, 0, 1), Choices(iterator)) { Bounds = Bounds(iterator) });
            }
            while (TesseractNative.TessResultIteratorNext(iterator, SymbolLevel) != 0);
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }

        return symbols;
    }

    /// <summary>
    /// The lowest confidence (0..1) of any one character of the last recognition, without the characters' text
    /// and choices that <see cref="Symbols"/> collects; null where nothing was recognised.
    /// </summary>
    public static double? WeakestSymbol(TessApiHandle api)
    {
        var iterator = TesseractNative.TessBaseAPIGetIterator(api.DangerousGetHandle());
        if (iterator == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            double? weakest = null;
            do
            {
                var confidence = Math.Clamp(TesseractNative.TessResultIteratorConfidence(iterator, SymbolLevel) / 100.0, 0, 1);
                weakest = weakest is { } w ? Math.Min(w, confidence) : confidence;
            }
            while (TesseractNative.TessResultIteratorNext(iterator, SymbolLevel) != 0);
            return weakest;
        }
        finally
        {
            TesseractNative.TessResultIteratorDelete(iterator);
        }
    }

    private static Box? Bounds(IntPtr iterator) =>
        TesseractNative.TessPageIteratorBoundingBox(TesseractNative.TessResultIteratorGetPageIterator(iterator), SymbolLevel, out var left, out var top, out var right, out var bottom) != 0
            ? new Box(left, top, right, bottom)
            : null;

    private static OcrChoice[] Choices(IntPtr iterator)
    {
        var choices = new List<OcrChoice>();
        var choice = TesseractNative.TessResultIteratorGetChoiceIterator(iterator);
        if (choice == IntPtr.Zero)
        {
            return [];
        }

        try
        {
            do
            {
                var text = Marshal.PtrToStringUTF8(TesseractNative.TessChoiceIteratorGetUTF8Text(choice));
                if (!string.IsNullOrEmpty(text))
                {
                    choices.Add(new OcrChoice(text, Math.Clamp(TesseractNative.TessChoiceIteratorConfidence(choice) / 100.0, 0, 1)));
                }
            }
            while (TesseractNative.TessChoiceIteratorNext(choice) != 0);
        }
        finally
        {
            TesseractNative.TessChoiceIteratorDelete(choice);
        }

        return [.. choices];
    }

    public static void Clear(TessApiHandle api) => TesseractNative.TessBaseAPIClear(api.DangerousGetHandle());

    public static string Version()
    {
        NativeLibraries.EnsureResolver();
        return Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "unknown";
    }
}
