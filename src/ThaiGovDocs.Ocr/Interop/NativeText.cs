using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Copies strings returned by Tesseract into managed memory and frees the native copy.</summary>
internal static unsafe class NativeText
{
    /// <summary>Decodes a UTF-8 string allocated by Tesseract and frees it with TessDeleteText; null stays null.</summary>
    public static string? TakeTesseractText(byte* text)
    {
        if (text == null) return null;
        try
        {
            return Marshal.PtrToStringUTF8((IntPtr)text);
        }
        finally
        {
            TesseractNative.TessDeleteText(text);
        }
    }

    /// <summary>Decodes a static UTF-8 string that must not be freed (e.g. TessVersion).</summary>
    public static string? ReadStatic(byte* text) => text == null ? null : Marshal.PtrToStringUTF8((IntPtr)text);
}
