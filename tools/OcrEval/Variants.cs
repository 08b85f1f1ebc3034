using ThaiGovDocs.Ocr;
using ThaiGovDocs.Ocr.Imaging;

/// <summary>Parses variant names such as "default+leaders+psm4" into options.</summary>
internal static class Variants
{
    public static OcrOptions Parse(string variant)
    {
        var parts = variant.Split('+');
        var options = parts[0] switch
        {
            "default" => new OcrOptions(),
            "none" => new OcrOptions { Pipeline = ImagePipelineOptions.None },
            _ => throw new ArgumentException("a variant starts with 'default' or 'none': " + variant),
        };
        foreach (var part in parts.Skip(1))
        {
            var p = options.Pipeline;
            options = part switch
            {
                "deskew" => options with { Pipeline = p with { Deskew = true } },
                "background" => options with { Pipeline = p with { NormalizeBackground = true } },
                "binarize" => options with { Pipeline = p with { Binarize = true } },
                "nobinarize" => options with { Pipeline = p with { Binarize = false } },
                "leaders" => options with { Pipeline = p with { RemoveLeaderLines = true } },
                "noleaders" => options with { Pipeline = p with { RemoveLeaderLines = false } },
                "upscale" => options with { Pipeline = p with { Upscale = true } },
                "noosd" => options with { Pipeline = p with { DetectOrientation = false } },
                "flip" => options with { Pipeline = p with { DetectUpsideDown = true } },
                "nocolour" => options with { Pipeline = p with { SeparateColouredInk = false, ReadColouredInk = false } },
                "noinkread" => options with { Pipeline = p with { ReadColouredInk = false } },
                "nomarks" => options with { RepairLines = false },
                "nowords" => options with { RepairWords = false },
                "textlayer" => options with { UseTextLayer = true },
                "tha" => options with { Languages = "tha" },
                "letters" => options with { LetterLanguages = "tha" },
                "noletters" => options with { LetterLanguages = null },
                "stock" => options with { Languages = "tha+eng" },
                "nospaces" => options with { Variables = new Dictionary<string, string> { ["preserve_interword_spaces"] = "0" } },
                _ when part.StartsWith("grow", StringComparison.Ordinal) => options with { Pipeline = p with { ColouredInkGrowChroma = int.Parse(part[4..], System.Globalization.CultureInfo.InvariantCulture) } },
                _ when part.StartsWith("chroma", StringComparison.Ordinal) => options with { Pipeline = p with { ColouredInkMinChroma = int.Parse(part[6..], System.Globalization.CultureInfo.InvariantCulture) } },
                _ when part.StartsWith("gate", StringComparison.Ordinal) => options with { LetterPassSureWordConfidence = int.Parse(part[4..], System.Globalization.CultureInfo.InvariantCulture) / 100f },
                _ when part.StartsWith("span", StringComparison.Ordinal) => options with { LetterPassContext = int.Parse(part[4..], System.Globalization.CultureInfo.InvariantCulture) },
                _ when part.StartsWith("psm", StringComparison.Ordinal) => options with { PageSegmentationMode = int.Parse(part[3..], System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException("unknown variant part " + part),
            };
        }

        return options;
    }
}
