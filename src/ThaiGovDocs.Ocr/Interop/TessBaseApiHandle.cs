using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Owns a TessBaseAPI; released with TessBaseAPIEnd then TessBaseAPIDelete.</summary>
internal sealed class TessBaseApiHandle : SafeHandle
{
    /// <summary>Used by the interop marshaller for TessBaseAPICreate.</summary>
    public TessBaseApiHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIEnd(handle);
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}
