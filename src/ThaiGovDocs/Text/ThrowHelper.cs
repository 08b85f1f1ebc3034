using System.Diagnostics.CodeAnalysis;

namespace ThaiGovDocs.Text;

/// <summary>Throws kept out of line so hot paths stay small.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void DestinationTooShort(string paramName) =>
        throw new ArgumentException("The destination is shorter than the source.", paramName);

    [DoesNotReturn]
    public static void OffsetOutOfRange(string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, "The offset lies outside the repaired text.");
}
