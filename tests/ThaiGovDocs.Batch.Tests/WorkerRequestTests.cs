using System.Text.Json;
using ThaiGovDocs.Batch.Workers;
using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

namespace ThaiGovDocs.Batch.Tests;

public class WorkerRequestTests
{
    [Fact]
    public void ToOcrOptions_AfterTheTripToAWorker_KeepsEverySettingOfTheBatch()
    {
        var batch = new OcrOptions
        {
            Languages = "tha+eng",
            TessdataPath = "/models",
            PageSegmentationMode = 6,
            UseTextLayer = true,
            MaxPixels = 1234,
            MaxPages = 7,
            MaxFileBytes = 99,
            Pipeline = ImagePipelineOptions.Default with { SeparateColouredInk = false, SauvolaFactor = 0.2f, DetectOrientation = false },
            RepairLines = false,
            Variables = new Dictionary<string, string> { ["tessedit_char_blacklist"] = "|" },
            PdfToTextCommand = "/opt/poppler/pdftotext",
        };

        var json = JsonSerializer.Serialize(WorkerRequest.For("/in/a.pdf", batch, TimeSpan.FromSeconds(30), "/out/a.pdf"), BatchJsonContext.Default.WorkerRequest);
        var worker = JsonSerializer.Deserialize(json, BatchJsonContext.Default.WorkerRequest)!.ToOcrOptions();

        worker.Should().BeEquivalentTo(batch, o => o
            .Excluding(x => x.MaxDegreeOfParallelism).Excluding(x => x.OmpThreadLimit)
            .Excluding(x => x.IncludeHocr).Excluding(x => x.IncludeTsv).Excluding(x => x.Timeout));
        worker.Timeout.Should().Be(TimeSpan.FromSeconds(30));
        worker.MaxDegreeOfParallelism.Should().Be(1, "parallelism comes from the batch's worker processes");
    }
}
