using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Owns a TessResultIterator; released with TessResultIteratorDelete.</summary>
/// <remarks>Must be disposed before the TessBaseAPI it came from is cleared or reused.</remarks>
internal sealed class ResultIteratorHandle : SafeHandle
{
    /// <summary>Used by the interop marshaller for TessBaseAPIGetIterator.</summary>
    public ResultIteratorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessResultIteratorDelete(handle);
        return true;
    }
}
