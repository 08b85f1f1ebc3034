namespace ThaiGovDocs.Dates;

/// <summary>A date found in Thai text.</summary>
/// <param name="Span">Where the whole date expression lies, relative to the span that was searched.</param>
/// <param name="Date">The (first) date in the Gregorian calendar, or null when the written date is impossible.</param>
/// <param name="BuddhistYear">The Buddhist-era year as read (2-digit years expanded), or null when the expression had no year.</param>
/// <param name="RangeEnd">The last day of a range such as <c>๑๕ มิถุนายน – ๑๕ สิงหาคม ๒๕๖๖</c>, else null.</param>
/// <param name="Problem">Why <paramref name="Date"/> is null or doubtful, else null.</param>
public readonly record struct ThaiDateMatch(TextSpan Span, DateOnly? Date, int? BuddhistYear, DateOnly? RangeEnd, Diagnostic? Problem);

/// <summary>A time of day found in Thai text (<c>๑๖.๓๐ น.</c>, <c>10:37:26</c>).</summary>
/// <param name="Span">Where the time lies, relative to the span that was searched.</param>
/// <param name="Time">The time.</param>
/// <param name="HasSeconds">Whether seconds were written.</param>
public readonly record struct ThaiTimeMatch(TextSpan Span, TimeOnly Time, bool HasSeconds);
