// PLACEHOLDER: replaced by the text-primitives work (helper branch text-core).
namespace ThaiGovDocs.Text;

/// <summary>Text after Thai OCR/PDF repairs, with a map back to offsets in the original.</summary>
public sealed class RepairedText
{
    internal RepairedText(string original, string text) { Original = original; Text = text; }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The repaired text.</summary>
    public string Text { get; }

    /// <summary>Maps an offset in <see cref="Text"/> to the corresponding offset in <see cref="Original"/>.</summary>
    public int ToOriginalOffset(int offset) => throw new NotImplementedException();

    /// <summary>Maps a span in <see cref="Text"/> to the span of <see cref="Original"/> it came from.</summary>
    public TextSpan ToOriginal(TextSpan span) => throw new NotImplementedException();
}
