namespace ThaiGovDocs.Batch;

/// <summary>Which per-file outputs a batch writes. The JSON record is always written: it carries the content hash that resume relies on.</summary>
[Flags]
public enum BatchFormats
{
    /// <summary>Only the JSON record.</summary>
    None = 0,

    /// <summary>The JSON contract with provenance (<c>NAME.json</c>).</summary>
    Json = 1,

    /// <summary>The recognised (repaired) text (<c>NAME.txt</c>).</summary>
    Text = 2,

    /// <summary>A searchable PDF: the scan with an invisible text layer (<c>NAME.searchable.pdf</c>); scans only.</summary>
    Pdf = 4,
}
