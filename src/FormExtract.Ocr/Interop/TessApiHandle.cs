using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>Owns one TessBaseAPI: ends and deletes it exactly once.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public static TessApiHandle Create()
    {
        NativeLibraries.EnsureResolver();
        var api = new TessApiHandle();
        api.SetHandle(TesseractNative.TessBaseAPICreate());
        return api;
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIEnd(handle);
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}
