using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>Raw signatures of the Leptonica functions the reader uses (allheaders.h). Nothing here frees anything.</summary>
internal static partial class LeptonicaNative
{
    /// <summary>Leptonica's message severity that silences its stderr chatter about unreadable input.</summary>
    public const int SeverityNone = 6;

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static unsafe partial int pixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static unsafe partial IntPtr pixReadMem(byte* data, nuint size);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static unsafe partial IntPtr pixReadMemTiff(byte* data, nuint size, int page);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static unsafe partial int readHeaderMemTiff(byte* data, nuint size, int page, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int resolution, out int hasColormap, out int format);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixGetDimensions(IntPtr pix, out int width, out int height, out int depth);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixGetData(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixGetWpl(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixGetXRes(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixConvertTo8(IntPtr pix, int colormapFlag);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixSauvolaBinarizeTiled(IntPtr pix, int windowHalfSize, float factor, int tilesX, int tilesY, IntPtr thresholdOut, out IntPtr binary);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixBackgroundNormSimple(IntPtr pix, IntPtr mask, IntPtr grayPix);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixThresholdToBinary(IntPtr pix, int threshold);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixFindSkew(IntPtr pix, out float angle, out float confidence);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixRotate(IntPtr pix, float angle, int type, int incolor, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixRotateOrth(IntPtr pix, int quads);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr boxCreate(int x, int y, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial void boxDestroy(ref IntPtr box);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixClipRectangle(IntPtr pix, IntPtr box, IntPtr clippedBox);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixRasterop(IntPtr target, int x, int y, int width, int height, int operation, IntPtr source, int sourceX, int sourceY);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixSetAll(IntPtr pix);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixCopy(IntPtr target, IntPtr source);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixScale(IntPtr pix, float scaleX, float scaleY);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixGetRankValue(IntPtr pix, int factor, float rank, out uint value);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixUnsharpMaskingGray(IntPtr pix, int halfWidth, float fraction);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixMedianFilter(IntPtr pix, int width, int height);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixBlockconv(IntPtr pix, int halfWidth, int halfHeight);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixAddBorder(IntPtr pix, int pixels, uint value);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixCreate(int width, int height, int depth);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixRenderLine(IntPtr pix, int x1, int y1, int x2, int y2, int width, int operation);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int pixWriteMem(out IntPtr data, out nuint size, IntPtr pix, int format);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial void lept_free(IntPtr pointer);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr ptaCreate(int count);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial int ptaAddPt(IntPtr pta, float x, float y);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial void ptaDestroy(ref IntPtr pta);

    [LibraryImport(NativeLibraries.Leptonica)]
    public static partial IntPtr pixProjectivePtaGray(IntPtr pix, IntPtr destination, IntPtr source, byte grayValue);
}
