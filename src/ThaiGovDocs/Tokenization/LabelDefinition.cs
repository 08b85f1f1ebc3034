using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tokenization;

/// <summary>One printed form of a label.</summary>
/// <param name="Text">The label as printed, with its tone marks.</param>
/// <param name="Kind">What it introduces.</param>
/// <param name="Glues">Whether the value may follow with no space (<c>ประกาศกรม…</c>); otherwise a Thai letter right after the label means it is a word, not a label (<c>ที่ปรึกษา</c>).</param>
/// <param name="Damaged">A form only OCR produces (<c>างถึง</c>: a line cannot start with า); matching it is tolerance.</param>
internal readonly record struct LabelDefinition(string Text, LabelKind Kind, bool Glues, bool Damaged = false)
{
    /// <summary>The label's second character when the tolerant match can neither drop, swap nor stretch it (not a mark,
    /// not a space), else <c>'\0'</c>: a line must then show it right after its first character and any droppable marks.</summary>
    public char FixedSecond { get; } = Text.Length >= 2 && IsFixed(Text[1]) ? Text[1] : '\0';

    /// <summary>Whether the label is matched without regard to ASCII case (it starts with an ASCII letter).</summary>
    public bool IgnoresCase { get; } = char.IsAsciiLetter(Text[0]);

    private static bool IsFixed(char c) => c != ' ' && !ThaiChars.IsCombiningMark(c) && !ThaiChars.IsDroppableMark(c);
}
