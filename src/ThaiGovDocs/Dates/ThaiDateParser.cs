// PLACEHOLDER: replaced by the text-primitives work (helper branch text-core).
namespace ThaiGovDocs.Dates;

/// <summary>Reads Thai dates and times in every form government letters print.</summary>
public static class ThaiDateParser
{
    /// <summary>Reads a date that begins at the start of <paramref name="text"/> (after white space and an optional weekday).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ThaiDateMatch match) => throw new NotImplementedException();

    /// <summary>Finds the first date anywhere in <paramref name="text"/>.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, out ThaiDateMatch match) => throw new NotImplementedException();

    /// <summary>Finds the first time of day anywhere in <paramref name="text"/>.</summary>
    public static bool TryFindTime(ReadOnlySpan<char> text, out ThaiTimeMatch match) => throw new NotImplementedException();
}
