using System.Collections.Immutable;

namespace ThaiGovDocs;

/// <summary>A telephone or fax number normalised to national ASCII digits.</summary>
/// <param name="Number">National digits (<c>022419000</c>); international numbers keep their <c>+</c> and country code.</param>
/// <param name="Extension">The extension after <c>ต่อ</c> or <c>Ext.</c>, or null.</param>
/// <param name="Span">Where it was read.</param>
public readonly record struct PhoneNumber(string Number, string? Extension, TextSpan Span);

/// <summary>The contact details printed on a document.</summary>
public sealed record Contacts
{
    /// <summary>An instance with no contacts.</summary>
    public static Contacts Empty { get; } = new();

    /// <summary>Telephone numbers.</summary>
    public ImmutableArray<PhoneNumber> Phones { get; init; } = [];

    /// <summary>Fax numbers.</summary>
    public ImmutableArray<PhoneNumber> Faxes { get; init; } = [];

    /// <summary>E-mail addresses.</summary>
    public ImmutableArray<Field<string>> Emails { get; init; } = [];

    /// <summary>Whether nothing was found.</summary>
    public bool IsEmpty => Phones.IsEmpty && Faxes.IsEmpty && Emails.IsEmpty;
}
