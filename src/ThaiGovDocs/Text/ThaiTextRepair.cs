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
    // Any of these means the slow path is certainly needed.
    private static readonly SearchValues<char> CertainTriggers =
        SearchValues.Create("\r\u200B\u200C\u200D\uFEFF\u00AD\u0E4D\uFFFE\uFFFF");

    // Characters the slow path handles one by one; everything else is copied in runs. Surrogates are few and are
    // found separately: putting 2,048 of them in this set would make every search slow.
    private static readonly SearchValues<char> RunBreakers = SearchValues.Create("\r \u200B\u200C\u200D\uFEFF\u00AD\u0E4D\uFFFE\uFFFF");

    /// <summary>Repairs <paramref name="text"/>, keeping a map to its offsets.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static RepairedText Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayNeedRepair(text))
        {
            return new RepairedText(text, text, null, null, []);
        }

        return RepairSlow(text);
    }

    /// <summary>A cheap, allocation-free check that errs towards true.</summary>
    private static bool MayNeedRepair(string text)
    {
        ReadOnlySpan<char> span = text;
        if (span.IndexOfAny(CertainTriggers) >= 0 || span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            // Surrogates: lone ones must be replaced before normalisation, which throws on invalid UTF-16.
            return true;
        }

        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (ThaiChars.IsCombiningMark(c) || c == ThaiChars.SaraAm)
            {
                // Orphan, doubled, or split from its base by a space.
                if (i == 0 || span[i - 1] == c || !ThaiChars.IsThaiLetterOrMark(span[i - 1]))
                {
                    return true;
                }
            }
            else if (c == ' ' && i > 0 && ThaiChars.IsLeadingVowel(span[i - 1]))
            {
                return true;
            }
        }

        return !NfcQuickCheck.IsNormalized(text);
    }

    private static RepairedText RepairSlow(string original)
    {
        var builder = new RepairBuilder(original.Length);
        List<Diagnostic>? diagnostics = null;
        ReadOnlySpan<char> text = original;
        int n = text.Length;
        int i = 0;
        int nextSurrogate = -1;
        while (i < n)
        {
            if (nextSurrogate < i)
            {
                int surrogate = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
                nextSurrogate = surrogate < 0 ? n : i + surrogate;
            }

            char c = text[i];
            if (c == '\r')
            {
                int end = i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1;
                builder.Append('\n', i, end);
                i = end;
            }
            else if (ThaiChars.IsInvisible(c))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
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

                builder.Append(c, i, i + 1);
                i++;
                int runEnd = Math.Min(OrdinaryRunEnd(text, i), nextSurrogate);
                builder.AppendRun(text[i..runEnd], i);
                i = runEnd;
            }
        }

        IReadOnlyList<Diagnostic> found = diagnostics is null ? [] : diagnostics;
        string repaired = builder.ToString();
        builder.ReleaseChars();
        if (!NfcQuickCheck.IsNormalized(repaired))
        {
            builder = NormalizeSegments(repaired, builder);
            repaired = builder.ToString();
            builder.ReleaseChars();
        }

        if (!builder.Changed && repaired.Length == n)
        {
            return new RepairedText(original, original, null, null, found);
        }

        return new RepairedText(original, repaired, builder.BuildStartMap(n), builder.BuildEndMap(), found);
    }

    /// <summary>
    /// The end of the run after <paramref name="i"/> that needs no repair: no special character, no space that splits a
    /// cluster, and no mark that is doubled or without a letter before it (the character before each is the original
    /// one, copied unchanged). Spaces between words are the most common breaker, so they are checked in place rather
    /// than ending the run.
    /// </summary>
    private static int OrdinaryRunEnd(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (true)
        {
            int special = text[j..].IndexOfAny(RunBreakers);
            int end = special < 0 ? text.Length : j + special;
            for (int k = Math.Max(j, 1); k < end; k++)
            {
                char c = text[k];
                if (ThaiChars.IsCombiningMark(c) && (text[k - 1] == c || !ThaiChars.IsThaiLetterOrMark(text[k - 1])))
                {
                    return k;
                }
            }

            if (end == text.Length || text[end] != ' ' || SpaceNeedsRepair(text, end))
            {
                return end;
            }

            j = end + 1;
        }
    }

    /// <summary>Whether the space at <paramref name="i"/> starts a run that <see cref="AppendSpaceRun"/> would change.</summary>
    private static bool SpaceNeedsRepair(ReadOnlySpan<char> text, int i)
    {
        int j = SkipSpacesAndInvisible(text, i);
        char after = j < text.Length ? text[j] : '\0';
        char before = i > 0 ? text[i - 1] : '\0';
        return ThaiChars.IsCombiningMark(after) || after == ThaiChars.SaraAm || after == ThaiChars.Nikhahit
            || ThaiChars.IsLeadingVowel(before) || ThaiChars.IsInvisible(after)
            || (j > i + 1 && !AllSpaces(text[i..j]));
    }

    private static bool AllSpaces(ReadOnlySpan<char> run) => !run.ContainsAnyExcept(' ');

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
        var result = new RepairBuilder(repaired.Length + 8);
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
