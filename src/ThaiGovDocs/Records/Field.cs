namespace ThaiGovDocs;

/// <summary>An extracted value with the span of text it came from and how sure the parser is of it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The extracted value.</param>
/// <param name="Span">Where in the (repaired) text the value was read.</param>
/// <param name="Confidence">0..1: 1 for a value read from a clean, labelled line; lower when the label or the value needed tolerance.</param>
public readonly record struct Field<T>(T Value, TextSpan Span, float Confidence)
{
    /// <inheritdoc />
    public override string ToString() => $"{Value} {Span}";
}
