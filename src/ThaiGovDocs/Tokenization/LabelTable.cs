using ThaiGovDocs.Text;

namespace ThaiGovDocs.Tokenization;

/// <summary>Every label the tokenizer knows, bucketed by first character for a constant-time first check.</summary>
internal static class LabelTable
{
    private static readonly LabelDefinition[] Definitions =
    [
        new("ที่", LabelKind.Number, Glues: false),
        new("วันที่", LabelKind.Date, Glues: false),
        new("เรื่อง", LabelKind.Subject, Glues: false),
        new("กราบเรียน", LabelKind.Salutation, Glues: false),
        new("เรียน", LabelKind.Salutation, Glues: false),
        new("ถึง", LabelKind.Salutation, Glues: false),
        new("เสนอ", LabelKind.Salutation, Glues: false),
        new("ลึง", LabelKind.Salutation, Glues: false, Damaged: true, PrintedAs: "ถึง"), // ถ read as ล; ลึงค์ is a word, not this
        new("อ้างถึง", LabelKind.Reference, Glues: true),
        new("างถึง", LabelKind.Reference, Glues: true, Damaged: true, PrintedAs: "อ้างถึง"),
        new("สิ่งที่ส่งมาด้วย", LabelKind.Attachment, Glues: true),
        new("สิ่งที่แนบมาด้วย", LabelKind.Attachment, Glues: true),
        new("งที่ส่งมาด้วย", LabelKind.Attachment, Glues: true, Damaged: true, PrintedAs: "สิ่งที่ส่งมาด้วย"), // สิ่ lost; no word starts งที่
        new("ขอแสดงความนับถืออย่างสูง", LabelKind.Closing, Glues: false),
        new("ขอแสดงความนับถืออย่างยิ่ง", LabelKind.Closing, Glues: false),
        new("ขอแสดงความนับถือ", LabelKind.Closing, Glues: false),
        new("ด้วยความเคารพอย่างสูง", LabelKind.Closing, Glues: false),
        new("ด้วยความเคารพ", LabelKind.Closing, Glues: false),
        new("ด้วยความนับถือ", LabelKind.Closing, Glues: false),
        new("โทร./โทรสาร", LabelKind.PhoneAndFax, Glues: true),
        new("โทร/โทรสาร", LabelKind.PhoneAndFax, Glues: true),
        new("โทรศัพท์/โทรสาร", LabelKind.PhoneAndFax, Glues: true),
        new("โทรศัพท์และโทรสาร", LabelKind.PhoneAndFax, Glues: true),
        new("โทร./โทรศัพท์", LabelKind.Phone, Glues: true),
        new("โทรศัพท์มือถือ", LabelKind.Phone, Glues: true),
        new("หมายเลขโทรศัพท์", LabelKind.Phone, Glues: true),
        new("โทรศัพท์", LabelKind.Phone, Glues: false),
        new("มือถือ", LabelKind.Phone, Glues: false),
        new("โทรสาร", LabelKind.Fax, Glues: false),
        new("หมายเลขโทรสาร", LabelKind.Fax, Glues: true),
        new("โทร.", LabelKind.Phone, Glues: true),
        new("โทร", LabelKind.Phone, Glues: false),
        new("ไปรษณีย์อิเล็กทรอนิกส์", LabelKind.Email, Glues: true),
        new("อีเมลล์", LabelKind.Email, Glues: false),
        new("อีเมล์", LabelKind.Email, Glues: false),
        new("อีเมล", LabelKind.Email, Glues: false),
        new("ผู้ประสานงาน", LabelKind.Coordinator, Glues: true),
        new("สำเนาส่ง", LabelKind.CopyTo, Glues: true),
        new("ส่วนราชการเจ้าของเรื่อง", LabelKind.OwnerUnit, Glues: true),
        new("ส่วนราชการ", LabelKind.Unit, Glues: false),
        new("บันทึกข้อความ", LabelKind.Heading, Glues: true),
        new("ประกาศ ณ วันที่", LabelKind.IssuedOn, Glues: true),
        new("สั่ง ณ วันที่", LabelKind.IssuedOn, Glues: true),
        new("ให้ไว้ ณ วันที่", LabelKind.IssuedOn, Glues: true),
        new("ประกาศ", LabelKind.Heading, Glues: true),
        new("คำสั่ง", LabelKind.Heading, Glues: true),
        new("ระเบียบ", LabelKind.Heading, Glues: true),
        new("ข้อบังคับ", LabelKind.Heading, Glues: true),
        new("แถลงการณ์", LabelKind.Heading, Glues: true),
        new("ข่าว", LabelKind.Heading, Glues: false, GluesToAgency: true),
        new("หนังสือรับรอง", LabelKind.Heading, Glues: true),
        new("รายงานการประชุม", LabelKind.Heading, Glues: true),
        new("ด่วนที่สุด", LabelKind.Urgency, Glues: false),
        new("ด่วนมาก", LabelKind.Urgency, Glues: false),
        new("ด่วนภายใน", LabelKind.Urgency, Glues: true),
        new("ด่วน", LabelKind.Urgency, Glues: false),
        new("ลับที่สุด", LabelKind.Secrecy, Glues: false),
        new("ลับมาก", LabelKind.Secrecy, Glues: false),
        new("ลับ", LabelKind.Secrecy, Glues: false),
        new("ปกปิด", LabelKind.Secrecy, Glues: false),
        new("เลขรับที่", LabelKind.ReceiptNumber, Glues: false),
        new("เลขที่รับ", LabelKind.ReceiptNumber, Glues: false),
        new("เลขรับ", LabelKind.ReceiptNumber, Glues: false),
        new("รับที่", LabelKind.ReceiptNumber, Glues: false),
        new("เวลา", LabelKind.Time, Glues: false),
        new("ที่มา", LabelKind.Source, Glues: false),
        new("เพื่อโปรดทราบ", LabelKind.Endorsement, Glues: false),
        new("เพื่อทราบ", LabelKind.Endorsement, Glues: false),
        new("เพื่อแจ้ง", LabelKind.Endorsement, Glues: false),
        new("เพื่อมอบ", LabelKind.Endorsement, Glues: false),
        new("ทราบ", LabelKind.Endorsement, Glues: false),
        new("แจ้ง", LabelKind.Endorsement, Glues: false),
        new("มอบ", LabelKind.Endorsement, Glues: false),
        new("จึงเรียนมาเพื่อ", LabelKind.Conclusion, Glues: true),
        new("จึงกราบเรียนมาเพื่อ", LabelKind.Conclusion, Glues: true),
        new("จึงเสนอมาเพื่อ", LabelKind.Conclusion, Glues: true),
        new("จึงประกาศให้ทราบ", LabelKind.Conclusion, Glues: true),
        new("จึงเรียนมา", LabelKind.Conclusion, Glues: true),
        new("Tel", LabelKind.Phone, Glues: false),
        new("Fax", LabelKind.Fax, Glues: false),
        new("E-mail", LabelKind.Email, Glues: false),
        new("Email", LabelKind.Email, Glues: false),
    ];

    // Bucket index: Thai block characters map to 0..127, ASCII letters (case-folded) to 128..255.
    private static readonly LabelDefinition[][] Buckets = BuildBuckets();

    // Each candidate's second character where the tolerant match can only compare it (no mark, no space), else '\0',
    // in the order of Buckets: LabelMatcher rules candidates out with it before matching them.
    private static readonly char[][] FixedSecondsByBucket = [.. Buckets.Select(bucket => bucket.Select(d => FixedSecondOf(d.Text)).ToArray())];

    // For a candidate whose second character is a mark, the first letter after its marks (else '\0'): the match must
    // meet it at the line's first character after the marks, whichever of them OCR lost, doubled or swapped.
    private static readonly char[][] LettersAfterMarksByBucket =
        [.. Buckets.Select(bucket => bucket.Select(d => FixedSecondOf(d.Text) == '\0' ? LetterAfterMarksOf(d.Text) : '\0').ToArray())];

    /// <summary>The bucket of labels whose first character is <paramref name="first"/>: the candidates, longest first,
    /// with each one's fixed second character and letter after its marks (<c>'\0'</c>: none); all empty when no label
    /// starts with it (a table lookup: the test runs on every line).</summary>
    public static bool TryGetBucket(char first, out ReadOnlySpan<LabelDefinition> candidates, out ReadOnlySpan<char> fixedSeconds, out ReadOnlySpan<char> lettersAfterMarks)
    {
        int bucket = BucketOf(first);
        if (bucket < 0 || Buckets[bucket].Length == 0)
        {
            candidates = default;
            fixedSeconds = default;
            lettersAfterMarks = default;
            return false;
        }

        candidates = Buckets[bucket];
        fixedSeconds = FixedSecondsByBucket[bucket];
        lettersAfterMarks = LettersAfterMarksByBucket[bucket];
        return true;
    }

    /// <summary>The labels whose first character is <paramref name="first"/>, longest first.</summary>
    public static ReadOnlySpan<LabelDefinition> Candidates(char first)
    {
        int bucket = BucketOf(first);
        return bucket < 0 ? default : Buckets[bucket];
    }

    private static char FixedSecondOf(string label) =>
        label.Length >= 2 && label[1] != ' ' && !ThaiChars.IsCombiningMark(label[1]) && !ThaiChars.IsDroppableMark(label[1]) ? label[1] : '\0';

    private static char LetterAfterMarksOf(string label)
    {
        int k = 1;
        while (k < label.Length && ThaiChars.IsCombiningMark(label[k]))
        {
            k++;
        }

        return k < label.Length && label[k] != ' ' ? label[k] : '\0';
    }

    private static int BucketOf(char c)
    {
        if (c is >= '\u0E00' and <= '\u0E7F')
        {
            return c - '\u0E00';
        }

        if (char.IsAsciiLetter(c))
        {
            return 128 + (c | 0x20);
        }

        return -1;
    }

    private static LabelDefinition[][] BuildBuckets()
    {
        var buckets = new LabelDefinition[256][];
        foreach (var group in Definitions.GroupBy(d => BucketOf(d.Text[0])))
        {
            // Longest first, so "ที่มา" wins over "ที่" and "ด่วนที่สุด" over "ด่วน".
            buckets[group.Key] = [.. group.OrderByDescending(d => d.Text.Length)];
        }

        for (int i = 0; i < buckets.Length; i++)
        {
            buckets[i] ??= [];
        }

        return buckets;
    }
}
