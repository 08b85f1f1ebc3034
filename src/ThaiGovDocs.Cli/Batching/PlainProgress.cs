using System.Globalization;
using ThaiGovDocs.Batch;

namespace ThaiGovDocs.Cli.Batching;

/// <summary>One log line per input, for redirected output and CI logs.</summary>
internal static class PlainProgress
{
    public static string Line(BatchProgress p)
    {
        var r = p.Last!;
        var width = p.Total.ToString(CultureInfo.InvariantCulture).Length;
        var what = r.Status switch
        {
            BatchItemStatus.Done => $"done    {r.RelativePath} ({r.Pages} p, {r.Documents} doc, {r.Elapsed.TotalSeconds:0.0} s)",
            BatchItemStatus.Skipped => $"skipped {r.RelativePath} (already done)",
            _ => $"failed  {r.Reason}",
        };
        var eta = p.Remaining is { } t ? $", ETA {t:hh\\:mm\\:ss}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{p.Completed.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{p.Total}] {what} | {p.PagesPerSecond:0.00} pages/s{eta}");
    }
}
