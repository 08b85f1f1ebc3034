namespace ThaiGovDocs;

/// <summary>Where on a scanned page a piece of text was recognised.</summary>
/// <param name="Page">1-based page number in the input file.</param>
/// <param name="X">Left edge of the box, in pixels of the page image.</param>
/// <param name="Y">Top edge of the box, in pixels.</param>
/// <param name="Width">Box width in pixels.</param>
/// <param name="Height">Box height in pixels.</param>
/// <param name="Confidence">The OCR engine's confidence for the text in the box, 0..1.</param>
public readonly record struct SourceLocation(int Page, int X, int Y, int Width, int Height, float Confidence);

/// <summary>Maps spans of the text handed to the parser back to the pages and boxes they were recognised from.</summary>
/// <remarks>Implemented by the OCR layer; the parser and the JSON writer only consume it.</remarks>
public interface ISourceLocator
{
    /// <summary>The location of the text at <paramref name="span"/> (offsets in the parser's input text), or null when unknown.</summary>
    SourceLocation? Locate(TextSpan span);
}
