namespace ThaiGovDocs;

/// <summary>Something doubtful found while reading a text: messy input yields these, never exceptions.</summary>
/// <param name="Code">Stable identifier such as <c>TGD0101</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Span">The text it concerns.</param>
/// <param name="Message">A short English explanation.</param>
public readonly record struct Diagnostic(string Code, DiagnosticSeverity Severity, TextSpan Span, string Message);
