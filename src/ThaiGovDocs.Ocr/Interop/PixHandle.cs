using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Owns one reference to a Leptonica PIX; released with pixDestroy.</summary>
internal sealed class PixHandle : SafeHandle
{
    /// <summary>Used by the interop marshaller for returned PIX pointers.</summary>
    public PixHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Image width in pixels.</summary>
    public int Width => LeptonicaNative.pixGetWidth(this);

    /// <summary>Image height in pixels.</summary>
    public int Height => LeptonicaNative.pixGetHeight(this);

    /// <summary>Bits per pixel (1, 2, 4, 8, 16, 32).</summary>
    public int Depth => LeptonicaNative.pixGetDepth(this);

    /// <summary>Horizontal resolution stored in the image, 0 when unknown.</summary>
    public int XResolution => LeptonicaNative.pixGetXRes(this);

    /// <inheritdoc />
    protected override unsafe bool ReleaseHandle()
    {
        var p = handle;
        LeptonicaNative.pixDestroy(&p);
        return true;
    }
}
