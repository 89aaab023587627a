using System.Runtime.InteropServices;

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

    public static void Clear(TessApiHandle api) => TesseractNative.TessBaseAPIClear(api.DangerousGetHandle());

    public static string Version()
    {
        NativeLibraries.EnsureResolver();
        return Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "unknown";
    }
}
