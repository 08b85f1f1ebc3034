using System.Globalization;
using System.Text;

namespace ThaiGovDocs.Ocr.Evaluation;

/// <summary>Character error rate of recognised text against a ground truth, with Thai digits scored apart.</summary>
/// <param name="Errors">Edit operations (insertions, deletions, substitutions).</param>
/// <param name="ReferenceLength">Characters in the normalised ground truth.</param>
/// <param name="ThaiDigits">Thai digits (๐–๙) in the ground truth.</param>
/// <param name="ThaiDigitsCorrect">Of those, how many the recognised text has aligned and identical.</param>
public sealed record CerResult(int Errors, int ReferenceLength, int ThaiDigits, int ThaiDigitsCorrect)
{
    /// <summary>Errors / reference length (0 for an empty reference).</summary>
    public double Rate => ReferenceLength == 0 ? 0 : (double)Errors / ReferenceLength;

    /// <summary>Share of ground-truth Thai digits read correctly (1 when there are none).</summary>
    public double ThaiDigitAccuracy => ThaiDigits == 0 ? 1 : (double)ThaiDigitsCorrect / ThaiDigits;

    /// <summary>Adds two results (for corpus totals).</summary>
    public static CerResult operator +(CerResult a, CerResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Errors + b.Errors, a.ReferenceLength + b.ReferenceLength, a.ThaiDigits + b.ThaiDigits, a.ThaiDigitsCorrect + b.ThaiDigitsCorrect);
    }

    /// <summary>Adds two results (for corpus totals).</summary>
    public static CerResult Add(CerResult a, CerResult b) => a + b;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CER {Rate:P2} ({Errors}/{ReferenceLength}), Thai digits {ThaiDigitsCorrect}/{ThaiDigits} ({ThaiDigitAccuracy:P0})");
}

/// <summary>Computes <see cref="CerResult"/>s.</summary>
public static class CharacterErrorRate
{
    /// <summary>
    /// Compares after normalising both texts: NFC, ํา → ำ, zero-width characters dropped and all white space removed
    /// (Thai has no word spaces; scans and transcripts differ in layout spacing, which is not a recognition error).
    /// </summary>
    public static CerResult Compute(string reference, string hypothesis)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);
        var r = Normalize(reference);
        var h = Normalize(hypothesis);

        // Full Levenshtein matrix with a backtrace so Thai digits can be checked where they align.
        var d = new int[r.Length + 1, h.Length + 1];
        for (var i = 0; i <= r.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= h.Length; j++) d[0, j] = j;
        for (var i = 1; i <= r.Length; i++)
        {
            for (var j = 1; j <= h.Length; j++)
            {
                var cost = r[i - 1] == h[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        int digits = 0, digitsCorrect = 0;
        for (int i = r.Length, j = h.Length; i > 0;)
        {
            if (j > 0 && d[i, j] == d[i - 1, j - 1] + (r[i - 1] == h[j - 1] ? 0 : 1))
            {
                if (IsThaiDigit(r[i - 1])) { digits++; if (r[i - 1] == h[j - 1]) digitsCorrect++; }
                i--; j--;
            }
            else if (d[i, j] == d[i - 1, j] + 1)
            {
                if (IsThaiDigit(r[i - 1])) digits++;
                i--;
            }
            else
            {
                j--;
            }
        }

        return new CerResult(d[r.Length, h.Length], r.Length, digits, digitsCorrect);
    }

    /// <summary>The normalised form both sides are compared in.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Normalize(NormalizationForm.FormC).Replace("\u0E4D\u0E32", "\u0E33", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\f') continue;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsThaiDigit(char c) => c is >= '\u0E50' and <= '\u0E59';
}
