namespace ThaiGovDocs.Tokenization;

/// <summary>The kinds of token <see cref="LetterTokenizer"/> yields.</summary>
public enum TokenKind : byte
{
    /// <summary>Before the first <see cref="LetterTokenizer.Read"/> or after the end.</summary>
    None = 0,

    /// <summary>A line holding nothing but white space.</summary>
    BlankLine,

    /// <summary>A non-blank line without a label: the whole trimmed line.</summary>
    Text,

    /// <summary>A label at the start of a line; a <see cref="Value"/> token always follows.</summary>
    Label,

    /// <summary>The rest of a labelled line after the label and its separators (may be empty).</summary>
    Value,
}
