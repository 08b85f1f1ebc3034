namespace ThaiGovDocs.Dates;

/// <summary>A date read only to the month, because nothing readable stood where its day should be.</summary>
/// <param name="Span">From the month to the end of the year, relative to the span that was searched.</param>
/// <param name="Date">The month and year; <see cref="LetterDate.Day"/> is null.</param>
/// <param name="Problem">The warning that the day is missing or unreadable, spanning where the day would be.</param>
public readonly record struct ThaiMonthMatch(TextSpan Span, LetterDate Date, Diagnostic Problem);
