using System.Globalization;

namespace ThaiGovDocs.Parsing;

/// <summary>
/// Checks a letter's date against the dates of its receipt stamps: a letter is not received before it is written, and
/// seldom years after. On a scan, either date far off means a digit was misread (a 2025 letter read as 1959), so the
/// document is flagged for review; both values are kept.
/// </summary>
internal static class ReceiptDateCheck
{
    /// <summary>Longest plausible time between a letter's date and its receipt.</summary>
    internal const int MaxDaysBeforeReceipt = 730;

    /// <summary>A warning when <paramref name="date"/> lies after a receipt date or more than <see cref="MaxDaysBeforeReceipt"/> days before it; else null.</summary>
    public static Diagnostic? Check(Field<LetterDate> date, IReadOnlyList<ReceiptStamp> receipts)
    {
        var first = new DateOnly(date.Value.Year, date.Value.Month, date.Value.Day ?? 1);
        var last = new DateOnly(date.Value.Year, date.Value.Month, date.Value.Day ?? DateTime.DaysInMonth(date.Value.Year, date.Value.Month));
        foreach (var receipt in receipts)
        {
            if (receipt.Date is not { } received)
            {
                continue;
            }

            if (first > received.Value)
            {
                return Warn(date, $"The letter's date {date.Value.ToIsoString()} is after its receipt stamp's date {Iso(received.Value)}: one of them is misread.");
            }

            if (received.Value.DayNumber - last.DayNumber > MaxDaysBeforeReceipt)
            {
                return Warn(date, $"The letter's date {date.Value.ToIsoString()} is more than two years before its receipt stamp's date {Iso(received.Value)}: one of them may be misread.");
            }
        }

        return null;
    }

    // Never the current culture: under th-TH "yyyy" is a Buddhist-era year.
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Diagnostic Warn(Field<LetterDate> date, string message) =>
        new(DiagnosticCodes.DateFarFromReceipt, DiagnosticSeverity.Warning, date.Span, message);
}
