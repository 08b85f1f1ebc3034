using System.Globalization;
using System.Text.Json.Nodes;

namespace ThaiGovDocs.Batch.Registry;

/// <summary>One row of the registry (ทะเบียนหนังสือรับ) for one document of a record.</summary>
internal static class RegistryRow
{
    /// <summary>The registry's columns: the register book's, then the batch's own.</summary>
    public static readonly string[] Header =
        ["เลขทะเบียนรับ", "ที่", "ลงวันที่", "จาก", "ถึง", "เรื่อง", "การปฏิบัติ", "หมายเหตุ", "file", "page", "confidence", "needs-review"];

    /// <summary>Fields whose absence or low confidence sends a row to review.</summary>
    private static readonly string[] KeyFields = ["number", "date", "issuer", "subject"];

    /// <summary>Rows below this confidence are marked for review.</summary>
    public const double ReviewBelow = 0.6;

    public static string?[] From(JsonObject document, string file)
    {
        var fields = document["fields"] as JsonObject;
        var confidence = Confidence(fields);
        var missing = KeyFields.Where(k => document[k] is null).ToArray();
        var review = missing.Length > 0 || confidence < ReviewBelow || (string?)document["kind"] == "unknown";
        var receipt = (document["receipts"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var notes = new List<string>();
        if (missing.Length > 0) notes.Add("ไม่พบ: " + string.Join(' ', missing));
        if (document["urgency"] is { } urgency) notes.Add((string)urgency!);
        if (document["secrecy"] is { } secrecy) notes.Add((string)secrecy!);

        return
        [
            receipt?["number"]?.ToString(),
            (string?)document["number"]?["raw"],
            ThaiDate.Format((string?)document["date"]),
            (string?)document["issuer"] ?? (string?)document["owner"],
            (string?)document["addressee"],
            (string?)document["subject"],
            "",
            string.Join("; ", notes),
            file,
            Page(fields)?.ToString(CultureInfo.InvariantCulture),
            confidence.ToString("0.00", CultureInfo.InvariantCulture),
            review ? "yes" : "no",
        ];
    }

    /// <summary>The lowest confidence of the key fields found (times Tesseract's, for scans); 0 when none was found.</summary>
    private static double Confidence(JsonObject? fields)
    {
        if (fields is null) return 0;
        var values = KeyFields
            .Select(k => fields[k] as JsonObject)
            .Where(f => f is not null)
            .Select(f => ((double?)f!["confidence"] ?? 0) * ((double?)f["ocrConfidence"] ?? 1))
            .ToArray();
        return values.Length == 0 ? 0 : Math.Round(values.Min(), 2);
    }

    /// <summary>The first page any field was read from; null for text inputs.</summary>
    private static int? Page(JsonObject? fields) =>
        fields?.Select(f => (int?)(f.Value as JsonObject)?["page"]).Where(p => p is not null).Min();
}
