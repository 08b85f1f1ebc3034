namespace ThaiGovDocs.Tokenization;

/// <summary>One printed form of a label.</summary>
/// <param name="Text">The label as printed, with its tone marks.</param>
/// <param name="Kind">What it introduces.</param>
/// <param name="Glues">Whether the value may follow with no space (<c>ประกาศกรม…</c>); otherwise a Thai letter right after the label means it is a word, not a label (<c>ที่ปรึกษา</c>).</param>
/// <param name="Damaged">A form only OCR produces (<c>างถึง</c>: a line cannot start with า); matching it is tolerance.</param>
/// <param name="PrintedAs">For a damaged form, the label as printed (<c>อ้างถึง</c>).</param>
/// <param name="GluesToAgency">For a label that does not glue: whether an agency's name may still follow with no space
/// (<c>ข่าวกรมประชาสัมพันธ์</c>, while <c>ข่าวสาร</c> stays a word).</param>
internal readonly record struct LabelDefinition(string Text, LabelKind Kind, bool Glues, bool Damaged = false, string? PrintedAs = null, bool GluesToAgency = false);
