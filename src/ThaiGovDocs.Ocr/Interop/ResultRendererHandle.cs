using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Owns a TessResultRenderer (the PDF renderer); released with TessDeleteResultRenderer.</summary>
internal sealed class ResultRendererHandle : SafeHandle
{
    /// <summary>Used by the interop marshaller for TessPDFRendererCreate.</summary>
    public ResultRendererHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessDeleteResultRenderer(handle);
        return true;
    }
}
