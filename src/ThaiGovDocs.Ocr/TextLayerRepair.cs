using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr;

/// <summary>Applies the core's Thai repairs (spacing around vowels and tone marks, ํา → ำ) to text read from a PDF text layer.</summary>
internal static class TextLayerRepair
{
    /// <summary>The repaired text; the text unchanged while the core's repair is not available yet.</summary>
    public static string Apply(string text)
    {
        try
        {
            return ThaiTextRepair.Repair(text).Text;
        }
        catch (NotImplementedException)
        {
            // The core's placeholder: the repair lands on main separately.
            return text;
        }
    }
}
