using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Tesseract 5 C API (tesseract/capi.h), bound with source-generated marshalling.</summary>
internal static unsafe partial class TesseractNative
{
    private const string Lib = NativeLibraryNames.Tesseract;

    /// <summary>capi.h TessPageIteratorLevel.</summary>
    public enum PageIteratorLevel
    {
        Block = 0,
        Paragraph = 1,
        TextLine = 2,
        Word = 3,
        Symbol = 4,
    }

    [LibraryImport(Lib)]
    public static partial byte* TessVersion();

    [LibraryImport(Lib)]
    public static partial void TessDeleteText(byte* text);

    [LibraryImport(Lib)]
    public static partial void TessDeleteIntArray(int* array);

    /// <summary>Each word's confidence (0..100) of the last recognition, in the page's word order, ended by -1; free with <see cref="TessDeleteIntArray"/>.</summary>
    [LibraryImport(Lib)]
    public static partial int* TessBaseAPIAllWordConfidences(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Lib)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(TessBaseApiHandle handle, string dataPath, string language, int oem);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial ResultRendererHandle TessPDFRendererCreate(string outputBase, string dataDirectory, int textOnly);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessResultRendererBeginDocument(ResultRendererHandle renderer, string title);

    [LibraryImport(Lib)]
    public static partial int TessResultRendererAddImage(ResultRendererHandle renderer, TessBaseApiHandle api);

    [LibraryImport(Lib)]
    public static partial int TessResultRendererEndDocument(ResultRendererHandle renderer);

    [LibraryImport(Lib)]
    public static partial void TessDeleteResultRenderer(IntPtr renderer);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Lib)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, IntPtr monitor);

    /// <summary>Orientation and script detection; needs an API initialised with the legacy "osd" model. <paramref name="scriptName"/> points into the API's data and is not freed.</summary>
    [LibraryImport(Lib)]
    public static partial int TessBaseAPIDetectOrientationScript(TessBaseApiHandle handle, int* orientDegrees, float* orientConfidence, byte** scriptName, float* scriptConfidence);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPISetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Lib)]
    public static partial byte* TessBaseAPIGetUTF8Text(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial byte* TessBaseAPIGetHOCRText(TessBaseApiHandle handle, int pageNumber);

    [LibraryImport(Lib)]
    public static partial byte* TessBaseAPIGetTsvText(TessBaseApiHandle handle, int pageNumber);

    [LibraryImport(Lib)]
    public static partial int TessBaseAPIMeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial ResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    public static partial void TessResultIteratorDelete(IntPtr handle);

    [LibraryImport(Lib)]
    public static partial int TessResultIteratorNext(ResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Lib)]
    public static partial byte* TessResultIteratorGetUTF8Text(ResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Lib)]
    public static partial float TessResultIteratorConfidence(ResultIteratorHandle handle, PageIteratorLevel level);

    /// <summary>Returns a page iterator that is the same object as the result iterator: not owned, never freed.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr TessResultIteratorGetPageIterator(ResultIteratorHandle handle);

    [LibraryImport(Lib)]
    public static partial int TessPageIteratorBoundingBox(IntPtr pageIterator, PageIteratorLevel level, int* left, int* top, int* right, int* bottom);

    [LibraryImport(Lib)]
    public static partial int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, PageIteratorLevel level);

    [LibraryImport(Lib)]
    public static partial MonitorHandle TessMonitorCreate();

    [LibraryImport(Lib)]
    public static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(Lib)]
    public static partial void TessMonitorSetCancelFunc(MonitorHandle monitor, delegate* unmanaged<void*, int, byte> cancel);

    [LibraryImport(Lib)]
    public static partial void TessMonitorSetCancelThis(MonitorHandle monitor, void* cancelThis);

    [LibraryImport(Lib)]
    public static partial void TessMonitorSetDeadlineMSecs(MonitorHandle monitor, int deadline);

    [LibraryImport(Lib)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, MonitorHandle monitor);
}
