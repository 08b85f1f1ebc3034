namespace ThaiGovDocs.Cli.Commands;

/// <summary>What <c>read</c> prints.</summary>
internal enum OutputFormat
{
    /// <summary>The JSON contract.</summary>
    Json,

    /// <summary>The (repaired) text the parser read.</summary>
    Text,

    /// <summary>Tesseract's hOCR (scans only).</summary>
    Hocr,

    /// <summary>Tesseract's TSV (scans only).</summary>
    Tsv,
}
