using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>Owns one Leptonica PIX and destroys it exactly once.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public PixHandle(IntPtr pix)
        : base(IntPtr.Zero, ownsHandle: true) => SetHandle(pix);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.pixDestroy(ref pix);
        return true;
    }
}
