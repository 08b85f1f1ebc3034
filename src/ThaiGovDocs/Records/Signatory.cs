using System.Collections.Immutable;

namespace ThaiGovDocs;

/// <summary>Who signed a document.</summary>
public sealed record Signatory
{
    /// <summary>The name printed in parentheses, with its title (<c>นาย</c>) when printed.</summary>
    public required Field<string> Name { get; init; }

    /// <summary>A military or police rank printed before the signature (<c>พ.อ.</c>), if any.</summary>
    public Field<string>? Rank { get; init; }

    /// <summary>Each position line, in order.</summary>
    public ImmutableArray<Field<string>> Positions { get; init; } = [];

    /// <summary>Whom the signer acts for (after <c>ปฏิบัติราชการแทน</c>, <c>ทำการแทน</c>, <c>รักษาราชการแทน</c>), if anyone.</summary>
    public Field<string>? ActingFor { get; init; }
}
