using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Small helpers that turn Leptonica's null returns into exceptions naming the function.</summary>
internal static class Pix
{
    /// <summary>Returns <paramref name="result"/>, or throws when the Leptonica call that produced it failed.</summary>
    public static PixHandle Check(PixHandle result, string function)
    {
        if (!result.IsInvalid) return result;
        result.Dispose();
        throw new InvalidOperationException($"Leptonica {function} failed (out of memory or an unsupported image depth).");
    }

    /// <summary>Replaces <paramref name="current"/> by <paramref name="next"/>, releasing the old image.</summary>
    public static void Replace(ref PixHandle current, PixHandle next)
    {
        if (ReferenceEquals(current, next)) return;
        current.Dispose();
        current = next;
    }
}
