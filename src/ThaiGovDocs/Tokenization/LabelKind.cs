namespace ThaiGovDocs.Tokenization;

/// <summary>What a label at the start of a line introduces.</summary>
public enum LabelKind : byte
{
    /// <summary>Not a label.</summary>
    None = 0,

    /// <summary><c>ที่</c>: the document number.</summary>
    Number,

    /// <summary><c>วันที่</c>: a date (memo header or receipt stamp).</summary>
    Date,

    /// <summary><c>เรื่อง</c>: the subject.</summary>
    Subject,

    /// <summary><c>เรียน</c>, <c>กราบเรียน</c>, <c>ถึง</c>, <c>เสนอ</c>: the salutation and addressee.</summary>
    Salutation,

    /// <summary><c>อ้างถึง</c>: references.</summary>
    Reference,

    /// <summary><c>สิ่งที่ส่งมาด้วย</c>: attachments.</summary>
    Attachment,

    /// <summary><c>ขอแสดงความนับถือ</c> and its variants.</summary>
    Closing,

    /// <summary><c>โทร.</c>, <c>โทรศัพท์</c>, <c>Tel</c>: telephone numbers.</summary>
    Phone,

    /// <summary><c>โทรสาร</c>, <c>Fax</c>.</summary>
    Fax,

    /// <summary><c>โทร./โทรสาร</c>: one number for both.</summary>
    PhoneAndFax,

    /// <summary><c>ไปรษณีย์อิเล็กทรอนิกส์</c>, <c>อีเมล</c>, <c>E-mail</c>.</summary>
    Email,

    /// <summary><c>ผู้ประสานงาน</c>: a contact person, usually with a phone number.</summary>
    Coordinator,

    /// <summary><c>สำเนาส่ง</c>: copies sent to.</summary>
    CopyTo,

    /// <summary><c>ส่วนราชการ</c>: the issuing unit of a memo.</summary>
    Unit,

    /// <summary><c>ส่วนราชการเจ้าของเรื่อง</c>: the owner unit block at the foot.</summary>
    OwnerUnit,

    /// <summary>A heading that names the kind of document (<c>บันทึกข้อความ</c>, <c>ประกาศ…</c>, <c>คำสั่ง…</c>, …).</summary>
    Heading,

    /// <summary><c>ประกาศ ณ วันที่</c>, <c>สั่ง ณ วันที่</c>, <c>ให้ไว้ ณ วันที่</c>: the issuing date of a directive or announcement.</summary>
    IssuedOn,

    /// <summary><c>ด่วน</c>, <c>ด่วนมาก</c>, <c>ด่วนที่สุด</c>.</summary>
    Urgency,

    /// <summary><c>ลับ</c>, <c>ลับมาก</c>, <c>ลับที่สุด</c>, <c>ปกปิด</c>.</summary>
    Secrecy,

    /// <summary><c>เลขรับ</c>, <c>รับที่</c>, <c>เลขที่รับ</c>: the number of a receipt stamp.</summary>
    ReceiptNumber,

    /// <summary><c>เวลา</c>: a time (receipt stamp).</summary>
    Time,

    /// <summary><c>ที่มา</c>: the source of a news item.</summary>
    Source,

    /// <summary>A handwritten endorsement such as <c>เพื่อโปรดทราบ</c> or <c>ทราบ / แจ้ง / มอบ</c>.</summary>
    Endorsement,

    /// <summary>A closing sentence such as <c>จึงเรียนมาเพื่อโปรดพิจารณา</c> that ends the body.</summary>
    Conclusion,
}
