using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Owns a Tesseract progress monitor (ETEXT_DESC), used for deadlines and cancellation; released with TessMonitorDelete.</summary>
internal sealed class MonitorHandle : SafeHandle
{
    /// <summary>Used by the interop marshaller for TessMonitorCreate.</summary>
    public MonitorHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        TesseractNative.TessMonitorDelete(handle);
        return true;
    }
}
