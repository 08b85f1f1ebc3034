using ThaiGovDocs.Ocr.Interop;
using static ThaiGovDocs.Ocr.Interop.TesseractNative;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Tells how far a page is turned (0, 90, 180, 270°) with Tesseract's orientation model (osd.traineddata, legacy engine).</summary>
/// <remarks>Not thread-safe: each <see cref="OcrEngine"/> owns one. Without osd.traineddata there is no detector and pages are read as they are.</remarks>
internal sealed unsafe class OrientationDetector : IDisposable
{
    /// <summary>The model file this detector needs.</summary>
    public const string ModelFile = "osd.traineddata";

    /// <summary>Tesseract's orientation confidence below which a page is left as it is (turned test pages: ≈ 38–40; upright pages report 0° at 27–51).</summary>
    public const float MinConfidence = 5f;

    private readonly TessBaseApiHandle api;

    private OrientationDetector(TessBaseApiHandle api) => this.api = api;

    /// <summary>The first of <paramref name="preferred"/> and the usual tessdata folders that holds <see cref="ModelFile"/>, or null.</summary>
    public static string? FindModelFolder(string? preferred) =>
        (preferred is null ? TessdataLocator.CandidateDirectories() : [preferred, .. TessdataLocator.CandidateDirectories()])
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, ModelFile)));

    /// <summary>A detector using the model in <paramref name="tessdata"/>, or null when it cannot be loaded.</summary>
    public static OrientationDetector? TryCreate(string? tessdata)
    {
        if (tessdata is null) return null;
        var api = TessBaseAPICreate();
        if (api.IsInvalid) return null;
        var dataPath = tessdata.EndsWith(Path.DirectorySeparatorChar) ? tessdata : tessdata + Path.DirectorySeparatorChar;
        if (TessBaseAPIInit2(api, dataPath, "osd", 0 /* OEM_TESSERACT_ONLY: osd is a legacy model */) != 0)
        {
            api.Dispose();
            return null;
        }

        TessBaseAPISetPageSegMode(api, 0 /* PSM_OSD_ONLY */);
        TessBaseAPISetVariable(api, "debug_file", OperatingSystem.IsWindows() ? "NUL" : "/dev/null");
        return new OrientationDetector(api);
    }

    /// <summary>Degrees to turn <paramref name="image"/> clockwise to make it upright: 0, 90, 180 or 270 (0 when unsure).</summary>
    public int UprightRotation(PixHandle image, int dpi)
    {
        TessBaseAPISetImage2(api, image);
        if (dpi > 0) TessBaseAPISetSourceResolution(api, dpi);
        try
        {
            int degrees;
            float confidence, scriptConfidence;
            byte* script;
            if (TessBaseAPIDetectOrientationScript(api, &degrees, &confidence, &script, &scriptConfidence) == 0) return 0;
            return confidence >= MinConfidence ? ClockwiseToUpright(degrees) : 0;
        }
        finally
        {
            TessBaseAPIClear(api);
        }
    }

    /// <summary>Tesseract reports the page's orientation (counter-clockwise turn of the text); the fix is the opposite turn.</summary>
    internal static int ClockwiseToUpright(int orientationDegrees) => ((360 - (orientationDegrees % 360)) % 360 + 360) % 360;

    /// <inheritdoc />
    public void Dispose() => api.Dispose();
}
