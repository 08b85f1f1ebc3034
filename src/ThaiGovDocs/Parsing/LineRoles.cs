using ThaiGovDocs.Tokenization;

namespace ThaiGovDocs.Parsing;

/// <summary>Lines that are not part of a letter's own text: receipt stamps and handwritten endorsements.</summary>
internal sealed class LineRoles
{
    private const int MaxEndorsementLength = 40;

    private readonly bool[] _skipped;

    private LineRoles(bool[] skipped, List<StampBlock> stamps)
    {
        _skipped = skipped;
        Stamps = stamps;
    }

    public List<StampBlock> Stamps { get; }

    public bool IsSkipped(int line) => _skipped[line];

    public static LineRoles Find(LineTable lines)
    {
        var skipped = new bool[lines.Count];
        var stamps = StampFinder.Find(lines);
        foreach (var stamp in stamps)
        {
            for (int i = stamp.FirstLine; i <= stamp.LastLine; i++)
            {
                skipped[i] = true;
            }
        }

        for (int i = 0; i < lines.Count; i++)
        {
            ref readonly var line = ref lines[i];
            if (line.Label == LabelKind.Endorsement && line.Span.Length <= MaxEndorsementLength)
            {
                skipped[i] = true;
            }
        }

        return new LineRoles(skipped, stamps);
    }
}
