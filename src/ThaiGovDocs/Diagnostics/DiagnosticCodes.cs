namespace ThaiGovDocs;

/// <summary>The stable codes of every diagnostic the library reports.</summary>
/// <remarks>TGD01xx: text repair; TGD02xx: dates and times; TGD03xx: document numbers; TGD04xx: document structure and fields.</remarks>
public static class DiagnosticCodes
{
    /// <summary>A character the repairer could not place (e.g. a combining mark with no base).</summary>
    public const string OrphanMark = "TGD0101";

    /// <summary>A date whose day does not exist in its month and year (e.g. ๓๑ กุมภาพันธ์).</summary>
    public const string ImpossibleDate = "TGD0201";

    /// <summary>A date without a year; the year was not inferred.</summary>
    public const string DateWithoutYear = "TGD0202";

    /// <summary>A year that is out of the plausible range for a letter.</summary>
    public const string ImplausibleYear = "TGD0203";

    /// <summary>A time of day that does not exist (e.g. ๒๕.๗๐ น.).</summary>
    public const string ImpossibleTime = "TGD0204";

    /// <summary>A stray number stood before a date's day (e.g. <c>๒๕ ๓ พ.ค. ๒๕๖๖</c>); the number next to the month was taken.</summary>
    public const string StrayDateNumber = "TGD0205";

    /// <summary>A four-digit year without an era marker looked Gregorian (1900–2100) and was read as such.</summary>
    public const string GregorianYearAssumed = "TGD0206";

    /// <summary>A January–March date in BE 2483, the short year before the 1941 reform; read as 1941.</summary>
    public const string HistoricalYearBoundary = "TGD0207";

    /// <summary>The day of the letter's date is missing or unreadable (handwritten on a scan); only its month and year were read.</summary>
    public const string DayMissing = "TGD0208";

    /// <summary>The letter's date lies after its receipt stamp's date, or years before it: one of the two is probably misread.</summary>
    public const string DateFarFromReceipt = "TGD0209";

    /// <summary>A document number whose agency code is not in the official lists.</summary>
    public const string UnknownAgencyCode = "TGD0301";

    /// <summary>A document number that could only partly be read.</summary>
    public const string MalformedNumber = "TGD0302";

    /// <summary>OCR damage inside a document number was read through (a comma for a dot, <c>o</c> for a zero, a lost slash,
    /// stray marks on the agency code or the circular <c>ว</c>); the message names which.</summary>
    public const string NumberRepaired = "TGD0303";

    /// <summary>A label was matched with tolerance (dropped tone mark, stray punctuation).</summary>
    public const string TolerantLabel = "TGD0401";

    /// <summary>A field expected for the document's kind was not found.</summary>
    public const string MissingField = "TGD0402";

    /// <summary>A field occurs more than once; the first was kept.</summary>
    public const string DuplicateField = "TGD0403";

    /// <summary>A signatory's rank was read from a damaged line (dots lost or doubled, signature scribble beside it).</summary>
    public const string DamagedRank = "TGD0404";

    /// <summary>A memo header value carried what its dotted leader line leaves (a dot for a space after ฯ, trailing dots, a parenthesis closed early), mended.</summary>
    public const string LeaderDamageRepaired = "TGD0405";
}
