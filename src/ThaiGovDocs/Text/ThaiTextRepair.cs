using System.Buffers;
using System.Globalization;
using System.Text;

namespace ThaiGovDocs.Text;

/// <summary>Repairs the damage OCR engines and PDF text layers do to Thai.</summary>
/// <remarks>
/// Repairs: line breaks to <c>\n</c>; ํ + า (also across a space, zero-width or tone mark) to ำ; spaces that split a
/// cluster (before a mark that cannot start one, or after a leading vowel); doubled identical marks; invisible
/// characters (zero-width, BOM, soft hyphen); and NFC. Digits, punctuation and word spacing are left alone.
/// </remarks>
public static class ThaiTextRepair
{
    /// <summary>Repairs <paramref name="text"/>, keeping a map to its offsets.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static RepairedText Repair(string text)
    {
        var repaired = Repair(text, out char[]? characters);
        if (characters is not null)
        {
            ArrayPool<char>.Shared.Return(characters);
        }

        return repaired;
    }

    /// <summary>Repairs <paramref name="text"/>; when the repairs changed it, its characters are also written into
    /// <paramref name="characters"/>, rented from <see cref="ArrayPool{T}.Shared"/> for the caller to return, and the
    /// result's string is made only if it is read.</summary>
    internal static RepairedText Repair(string text, out char[]? characters)
    {
        ArgumentNullException.ThrowIfNull(text);
        characters = null;
        if (!MayNeedRepair(text, out int first))
        {
            return new RepairedText(text, text, null, null, []);
        }

        return RepairSlow(text, first, out characters);
    }

    /// <summary>A cheap, allocation-free check that errs towards true.</summary>
    /// <remarks>Lone surrogates are among the sites: they must be replaced before normalisation, which throws on invalid UTF-16.
    /// Most letters have neither kind of site: one scan for both (the fast one on AVX-512) settles them, instead of a scan for
    /// repair sites and another for NFC suspects; text with a site goes on to the finer checks.</remarks>
    /// <param name="text">The text as given.</param>
    /// <param name="first">The first repair site or NFC suspect: the text before it needs nothing.</param>
    private static bool MayNeedRepair(string text, out int first)
    {
        first = RepairOrNfcSiteScanner.Next(text, 0);
        return first < text.Length && (RepairSiteScanner.Next(text, first) < text.Length || !NfcQuickCheck.IsNormalized(text));
    }

    private static RepairedText RepairSlow(string original, int first, out char[]? characters)
    {
        characters = null;
        var builder = new RepairBuilder(original);
        List<Diagnostic>? diagnostics = null;
        // Where characters NFC might change were copied to (null: none); joins made by the repairs are checked at the end.
        List<int>? nfcSuspects = null;
        bool checkAll = false;
        ReadOnlySpan<char> text = original;
        int n = text.Length;
        // The text before the first site was scanned by MayNeedRepair: copy it as one run instead of scanning it again.
        // The spaces just before the site stay for the loop, as an ordinary run leaves them (a space is known to split a
        // cluster only by what follows it).
        int i = OrdinaryRunEnd(text, 0, first);
        builder.AppendRun(0, i);
        while (i < n)
        {
            char c = text[i];
            if (c == '\r')
            {
                int end = i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1;
                builder.Append('\n', i, end);
                builder.MarkRewritten();
                i = end;
            }
            else if (ThaiChars.IsInvisible(c))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                checkAll = true;
                i = AppendSurrogates(text, i, ref builder);
            }
            else if (c == ThaiChars.Nikhahit && TryComposeSaraAm(text, i, ref builder, out int next))
            {
                i = next;
            }
            else if (c == ' ')
            {
                i = AppendSpaceRun(text, i, ref builder);
            }
            else if (ThaiChars.IsCombiningMark(c) && builder.Count > 0 && builder.Last == c)
            {
                // A doubled mark: fold it into the first so spans still cover it.
                builder.ExtendLast(i + 1);
                i++;
            }
            else
            {
                if (ThaiChars.IsCombiningMark(c) && (builder.Count == 0 || !ThaiChars.IsThaiLetterOrMark(builder.Last)))
                {
                    (diagnostics ??= []).Add(new Diagnostic(DiagnosticCodes.OrphanMark, DiagnosticSeverity.Warning, new TextSpan(i, 1), "A Thai mark has no consonant to sit on."));
                }

                if (NfcQuickCheck.Suspects.IsHit(i > 0 ? text[i - 1] : '\0', c))
                {
                    (nfcSuspects ??= []).Add(builder.Count);
                }

                builder.Append(c, i, i + 1);
                i++;
                int runEnd = OrdinaryRunEnd(text, i);
                builder.AppendRun(i, runEnd - i);
                i = runEnd;
            }
        }

        IReadOnlyList<Diagnostic> found = diagnostics is null ? [] : diagnostics;
        if (builder.IsVerbatim)
        {
            // Every site needed nothing: the text is read as it came, not copied (a whole bundle's worth).
            builder.ReleaseChars();
            return IsNormalized(original, checkAll, nfcSuspects, builder)
                ? new RepairedText(original, original, null, null, found)
                : Normalized(original, original, builder, found);
        }

        var pooled = ArrayPool<char>.Shared.Rent(builder.Count);
        var repaired = pooled.AsSpan(0, builder.Count);
        builder.WriteTo(repaired);
        if (!IsNormalized(repaired, checkAll, nfcSuspects, builder))
        {
            var copy = repaired.ToString();
            ArrayPool<char>.Shared.Return(pooled);
            builder.ReleaseChars();
            return Normalized(original, copy, builder, found);
        }

        if (!builder.Changed && builder.Count == n)
        {
            ArrayPool<char>.Shared.Return(pooled);
            builder.ReleaseChars();
            return new RepairedText(original, original, null, null, found);
        }

        var deferred = builder.Defer();
        builder.ReleaseChars();
        characters = pooled;
        return new RepairedText(original, deferred, builder.BuildStartMap(n), builder.BuildEndMap(), found);
    }

    /// <summary>The repaired text <paramref name="repaired"/> put in NFC, segment by segment.</summary>
    private static RepairedText Normalized(string original, string repaired, RepairBuilder builder, IReadOnlyList<Diagnostic> found)
    {
        builder = NormalizeSegments(repaired, builder);
        repaired = builder.ToString();
        builder.ReleaseChars();
        if (!builder.Changed && repaired.Length == original.Length)
        {
            return new RepairedText(original, original, null, null, found);
        }

        return new RepairedText(original, repaired, builder.BuildStartMap(original.Length), builder.BuildEndMap(), found);
    }

    /// <summary>
    /// Whether the repaired text is NFC, looking only where it can fail to be: around the suspects copied from the
    /// original (an outsider, a Thai pair in the wrong order), and where the repairs joined characters that were not
    /// neighbours (a dropped space between a tone and a below vowel) or put a new one — the starts of the builder's
    /// segments. A surrogate (<paramref name="checkAll"/>) sends the whole text through the full check.
    /// </summary>
    private static bool IsNormalized(ReadOnlySpan<char> repaired, bool checkAll, List<int>? suspects, in RepairBuilder builder)
    {
        if (checkAll)
        {
            return NfcQuickCheck.IsNormalized(repaired);
        }

        if (suspects is not null)
        {
            foreach (int at in suspects)
            {
                if (!NfcQuickCheck.IsNormalizedAround(repaired, at, out _))
                {
                    return false;
                }
            }
        }

        return !builder.AnyPairAtSegmentStarts<NfcQuickCheck.Suspects>(repaired);
    }

    /// <summary>
    /// The end of the run from <paramref name="i"/> that needs no repair: the next repair site or NFC suspect, moved back over the
    /// spaces before it (a space that splits a cluster is only known by what follows it; the space run is then
    /// handled as a whole). Stopping early is harmless: a site that needs nothing is copied as it is.
    /// </summary>
    private static int OrdinaryRunEnd(ReadOnlySpan<char> text, int i) => OrdinaryRunEnd(text, i, RepairOrNfcSiteScanner.Next(text, i));

    /// <summary>The end of the run from <paramref name="i"/> to the next site, found at <paramref name="end"/>.</summary>
    private static int OrdinaryRunEnd(ReadOnlySpan<char> text, int i, int end)
    {
        while (end > i && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>Copies a valid surrogate pair; a lone surrogate or U+FFFE/U+FFFF (which NFC rejects as invalid) becomes U+FFFD.</summary>
    private static int AppendSurrogates(ReadOnlySpan<char> text, int i, ref RepairBuilder builder)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            builder.Append(text[i], i, i + 1);
            builder.Append(text[i + 1], i + 1, i + 2);
            return i + 2;
        }

        builder.Append('\uFFFD', i, i + 1);
        builder.MarkChanged(true);
        return i + 1;
    }

    /// <summary>ํ then า, optionally with spaces/invisibles or one tone mark between them, becomes (tone +) ำ.</summary>
    private static bool TryComposeSaraAm(ReadOnlySpan<char> text, int i, ref RepairBuilder builder, out int next)
    {
        int j = SkipSpacesAndInvisible(text, i + 1);
        if (j < text.Length && text[j] == ThaiChars.SaraAa)
        {
            builder.Append(ThaiChars.SaraAm, i, j + 1);
            next = j + 1;
            return true;
        }

        if (j < text.Length && ThaiChars.IsToneMark(text[j]))
        {
            int k = SkipSpacesAndInvisible(text, j + 1);
            if (k < text.Length && text[k] == ThaiChars.SaraAa)
            {
                // The tone belongs before ำ (นํ้า → น้ำ); both come from the whole run.
                builder.Append(text[j], i, j + 1);
                builder.Append(ThaiChars.SaraAm, i, k + 1);
                next = k + 1;
                return true;
            }
        }

        next = i;
        return false;
    }

    /// <summary>Copies or drops a run of spaces (with any invisibles in it); returns the offset after the run.</summary>
    private static int AppendSpaceRun(ReadOnlySpan<char> text, int i, ref RepairBuilder builder)
    {
        int j = SkipSpacesAndInvisible(text, i);
        char after = j < text.Length ? text[j] : '\0';
        char before = builder.Count > 0 ? builder.Last : '\0';

        // Only where no word can end or begin: before a mark that cannot start a cluster, or after a leading vowel.
        bool splitsCluster =
            ((ThaiChars.IsCombiningMark(after) || after == ThaiChars.SaraAm || after == ThaiChars.Nikhahit) && ThaiChars.IsThaiLetterOrMark(before))
            || (ThaiChars.IsLeadingVowel(before) && ThaiChars.IsConsonant(after));
        if (splitsCluster)
        {
            return j;
        }

        for (int k = i; k < j; k++)
        {
            if (text[k] == ' ')
            {
                builder.Append(' ', k, k + 1);
            }
        }

        return j;
    }

    private static int SkipSpacesAndInvisible(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || ThaiChars.IsInvisible(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>NFC per base+marks segment, so every output character still maps back to its segment; segments already
    /// in NFC (nearly all) are copied with their own mapping.</summary>
    private static RepairBuilder NormalizeSegments(string repaired, RepairBuilder source)
    {
        var result = new RepairBuilder(repaired);
        int hint = 0;
        int i = 0;
        while (i < repaired.Length)
        {
            int end = i + 1;
            if (char.IsHighSurrogate(repaired[i]) && end < repaired.Length && char.IsLowSurrogate(repaired[end]))
            {
                // Never split a pair: a half is invalid UTF-16 and NFC throws on it.
                end++;
            }

            while (end < repaired.Length && IsMark(repaired[end]))
            {
                end++;
            }

            var segment = repaired.AsSpan(i, end - i);
            if (NfcQuickCheck.IsCertainlyNormalized(segment) || segment.IsNormalized(NormalizationForm.FormC))
            {
                for (int k = i; k < end; k++)
                {
                    var (start, stop) = source.SourceOf(k, ref hint);
                    result.Append(repaired[k], start, stop);
                }
            }
            else
            {
                int start = source.SourceOf(i, ref hint).Start;
                int stop = source.SourceOf(end - 1, ref hint).End;
                foreach (char c in segment.ToString().Normalize(NormalizationForm.FormC))
                {
                    result.Append(c, start, stop);
                }
            }

            i = end;
        }

        result.MarkChanged(source.Changed || result.Count != source.Count);
        return result;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
