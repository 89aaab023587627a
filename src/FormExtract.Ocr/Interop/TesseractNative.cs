using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>Raw signatures of Tesseract's C API (capi.h). Nothing here frees or checks anything.</summary>
internal static partial class TesseractNative
{
    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessBaseAPICreate();

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(IntPtr handle, string dataPath, string language, int engineMode);

    [LibraryImport(NativeLibraries.Tesseract, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(IntPtr handle, string name, string value);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPISetPageSegMode(IntPtr handle, int mode);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPISetImage2(IntPtr handle, IntPtr pix);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPISetSourceResolution(IntPtr handle, int ppi);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPISetRectangle(IntPtr handle, int left, int top, int width, int height);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessBaseAPIGetUTF8Text(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial int TessBaseAPIMeanTextConf(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessBaseAPIGetIterator(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial int TessResultIteratorNext(IntPtr iterator, int level);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(IntPtr iterator, int level);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial float TessResultIteratorConfidence(IntPtr iterator, int level);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessResultIteratorGetChoiceIterator(IntPtr iterator);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessChoiceIteratorDelete(IntPtr choices);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial int TessChoiceIteratorNext(IntPtr choices);

    /// <summary>Owned by the iterator: never freed by the caller.</summary>
    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessChoiceIteratorGetUTF8Text(IntPtr choices);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial float TessChoiceIteratorConfidence(IntPtr choices);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessBaseAPIClear(IntPtr handle);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessVersion();

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial IntPtr TessResultIteratorGetPageIterator(IntPtr iterator);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial int TessPageIteratorBoundingBox(IntPtr iterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(NativeLibraries.Tesseract)]
    public static partial int TessBaseAPIDetectOrientationScript(IntPtr handle, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);
}
