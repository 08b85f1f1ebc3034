using ThaiGovDocs.Ocr.Imaging;
using ThaiGovDocs.Ocr.Interop;

/// <summary>Writes a page image as the pipeline hands it to Tesseract (to look at what a clean-up step did).</summary>
internal static unsafe class CleanedPage
{
    public static void Write(string input, string output, ImagePipelineOptions pipeline)
    {
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        using var decoded = ImageDecoder.Decode(input, File.ReadAllBytes(input), 100_000_000, null);
        var result = ImagePipeline.Run(decoded.Pix, decoded.Dpi, pipeline);
        using (result.Pix)
        {
            byte* data;
            nuint size;
            if (LeptonicaNative.pixWriteMem(&data, &size, result.Pix, (int)LeptonicaNative.ImageFormat.Png) != 0) throw new InvalidOperationException("pixWriteMem failed");
            try
            {
                File.WriteAllBytes(output, new ReadOnlySpan<byte>(data, checked((int)size)).ToArray());
            }
            finally
            {
                LeptonicaNative.lept_free(data);
            }
        }
    }
}
