using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

/// <summary>Writes a page image as the pipeline hands it to Tesseract (to look at what a clean-up step did).</summary>
internal static class CleanedPage
{
    public static void Write(string input, string output, ImagePipelineOptions pipeline)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(input, File.ReadAllBytes(input), 100_000_000, null);
        var result = ImagePipeline.Run(decoded.Pix, decoded.Dpi, pipeline);
        using (result.Pix) InkDump.Write(result.Pix, output);
    }
}
