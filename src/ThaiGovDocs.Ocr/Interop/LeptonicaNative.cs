using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>The Leptonica functions the image pipeline uses (leptonica/allheaders.h).</summary>
internal static unsafe partial class LeptonicaNative
{
    private const string Lib = NativeLibraryNames.Leptonica;

    /// <summary>imageio.h file formats that matter here.</summary>
    public enum ImageFormat
    {
        Unknown = 0,
        Bmp = 1,
        Jpeg = 2,
        Png = 3,
        Tiff = 4,
        TiffPackbits = 5,
        TiffRle = 6,
        TiffG3 = 7,
        TiffG4 = 8,
        TiffLzw = 9,
        TiffZip = 10,
        Pnm = 11,
        Gif = 13,
        Jp2 = 14,
        WebP = 15,
        TiffJpeg = 17,
    }

    public const int BringInWhite = 1;
    public const int RotateAreaMap = 1;
    public const int SeverityNone = 6;

    /// <summary>pix.h L_SELECT_WIDTH / L_SELECT_HEIGHT / L_SELECT_IF_BOTH (pixSelectBySize type).</summary>
    public const int SelectWidth = 1, SelectHeight = 2, SelectIfBoth = 6;

    /// <summary>pix.h L_SELECT_IF_LTE / L_SELECT_IF_GTE (pixSelectBySize relation).</summary>
    public const int SelectIfLte = 3, SelectIfGte = 4;

    [LibraryImport(Lib)]
    public static partial void pixDestroy(IntPtr* ppix);

    [LibraryImport(Lib)]
    public static partial void lept_free(void* ptr);

    [LibraryImport(Lib)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(Lib)]
    public static partial int findFileFormatBuffer(byte* buffer, int* format);

    [LibraryImport(Lib)]
    public static partial int pixReadHeaderMem(byte* data, nuint size, int* format, int* width, int* height, int* bitsPerSample, int* samplesPerPixel, int* isColormapped);

    [LibraryImport(Lib)]
    public static partial PixHandle pixReadMem(byte* data, nuint size);

    [LibraryImport(Lib)]
    public static partial PixHandle pixReadMemTiff(byte* data, nuint size, int page);

    [LibraryImport(Lib)]
    public static partial IntPtr fopenReadFromMemory(byte* data, nuint size);

    [LibraryImport(Lib)]
    public static partial int tiffGetCount(IntPtr file, int* count);

    [LibraryImport(Lib)]
    public static partial int pixWriteMem(byte** data, nuint* size, PixHandle pix, int format);

    [LibraryImport(Lib)]
    public static partial PixHandle pixCreate(int width, int height, int depth);

    [LibraryImport(Lib)]
    public static partial PixHandle pixClone(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial PixHandle pixCopy(IntPtr pixd, PixHandle pixs);

    [LibraryImport(Lib)]
    public static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetDepth(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial uint* pixGetData(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixGetYRes(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial int pixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Lib)]
    public static partial PixHandle pixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Lib)]
    public static partial PixHandle pixConvert1To8(IntPtr pixd, PixHandle pixs, byte val0, byte val1);

    [LibraryImport(Lib)]
    public static partial int pixFindSkew(PixHandle pix, float* angle, float* confidence);

    [LibraryImport(Lib)]
    public static partial PixHandle pixRotate(PixHandle pix, float angle, int type, int incolor, int width, int height);

    [LibraryImport(Lib)]
    public static partial PixHandle pixRotateOrth(PixHandle pix, int quads);

    [LibraryImport(Lib)]
    public static partial PixHandle pixBackgroundNormSimple(PixHandle pix, IntPtr pixim, IntPtr pixg);

    [LibraryImport(Lib)]
    public static partial int pixSauvolaBinarizeTiled(PixHandle pix, int windowHalfSize, float factor, int nx, int ny, IntPtr* threshold, IntPtr* binarized);

    [LibraryImport(Lib)]
    public static partial PixHandle pixConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Lib)]
    public static partial PixHandle pixScale(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(Lib)]
    public static partial PixHandle pixOpenBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Lib)]
    public static partial PixHandle pixCloseBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Lib)]
    public static partial PixHandle pixCloseSafeBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Lib)]
    public static partial PixHandle pixSelectBySize(PixHandle pixs, int width, int height, int connectivity, int type, int relation, int* changed);

    /// <summary>Connected components: returns their BOXA (free with boxaDestroy) and, in <paramref name="pixa"/>, their images (pixaDestroy).</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixConnComp(PixHandle pixs, IntPtr* pixa, int connectivity);

    [LibraryImport(Lib)]
    public static partial IntPtr pixaSelectBySize(IntPtr pixas, int width, int height, int type, int relation, int* changed);

    [LibraryImport(Lib)]
    public static partial PixHandle pixaDisplay(IntPtr pixa, int w, int h);

    [LibraryImport(Lib)]
    public static partial void pixaDestroy(IntPtr* ppixa);

    [LibraryImport(Lib)]
    public static partial void boxaDestroy(IntPtr* pboxa);

    [LibraryImport(Lib)]
    public static partial PixHandle pixSeedfillBinary(IntPtr pixd, PixHandle seed, PixHandle mask, int connectivity);

    [LibraryImport(Lib)]
    public static partial PixHandle pixDilateBrick(IntPtr pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Lib)]
    public static partial PixHandle pixSubtract(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);

    [LibraryImport(Lib)]
    public static partial PixHandle pixAnd(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);

    [LibraryImport(Lib)]
    public static partial int pixCountPixels(PixHandle pix, int* count, IntPtr tab8);

    [LibraryImport(Lib)]
    public static partial PixHandle pixOr(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>pix.h L_CHOOSE_MIN / L_CHOOSE_MAX / L_CHOOSE_MAXDIFF (pixConvertRGBToGrayMinMax type).</summary>
    public const int ChooseMin = 1, ChooseMax = 2, ChooseMaxDiff = 3;

    [LibraryImport(Lib)]
    public static partial PixHandle pixConvertTo32(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial PixHandle pixScaleBySampling(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(Lib)]
    public static partial PixHandle pixConvertRGBToGrayMinMax(PixHandle pix, int type);

    [LibraryImport(Lib)]
    public static partial PixHandle pixThresholdToBinary(PixHandle pix, int threshold);

    /// <summary>The image's colour map, borrowed (not to be destroyed); null when it has none.</summary>
    [LibraryImport(Lib)]
    public static partial IntPtr pixGetColormap(PixHandle pix);

    [LibraryImport(Lib)]
    public static partial PixHandle pixInvert(IntPtr pixd, PixHandle pixs);

    [LibraryImport(Lib)]
    public static partial int pixSetMasked(PixHandle pixd, PixHandle pixm, uint value);

    /// <summary>pix.h PIX_SRC (pixRasterop operation: copy the source).</summary>
    public const int RasterCopy = 0xc;

    [LibraryImport(Lib)]
    public static partial int pixRasterop(PixHandle pixd, int dx, int dy, int dw, int dh, int op, PixHandle pixs, int sx, int sy);

    [LibraryImport(Lib)]
    public static partial int pixEqual(PixHandle pix1, PixHandle pix2, int* same);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int pixWriteTiff(string fileName, PixHandle pix, int compression, string mode);
}
