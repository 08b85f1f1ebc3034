namespace ThaiGovDocs;

/// <summary>The kinds of document the JSON contract names.</summary>
public enum DocumentKind
{
    /// <summary>Could not be classified.</summary>
    Unknown,

    /// <summary>หนังสือภายนอก: an external letter.</summary>
    External,

    /// <summary>บันทึกข้อความ / หนังสือภายใน: an internal memo.</summary>
    Memo,

    /// <summary>หนังสือประทับตรา: a stamped letter (<c>ถึง</c>, no <c>เรื่อง</c>).</summary>
    Stamped,

    /// <summary>คำสั่ง: an order.</summary>
    Order,

    /// <summary>ระเบียบ: a regulation.</summary>
    Regulation,

    /// <summary>ข้อบังคับ: a bylaw.</summary>
    Bylaw,

    /// <summary>ประกาศ: an announcement.</summary>
    Announcement,

    /// <summary>แถลงการณ์: a statement.</summary>
    Statement,

    /// <summary>ข่าว: a news item.</summary>
    News,

    /// <summary>หนังสือรับรอง: a certificate.</summary>
    Certificate,

    /// <summary>รายงานการประชุม: minutes of a meeting.</summary>
    Minutes,

    /// <summary>An enclosed page that is not itself a letter.</summary>
    Enclosure,
}

/// <summary>ชั้นความเร็ว: how fast a letter must be handled.</summary>
public enum Urgency
{
    /// <summary>ด่วน.</summary>
    Urgent,

    /// <summary>ด่วนมาก.</summary>
    VeryUrgent,

    /// <summary>ด่วนที่สุด.</summary>
    MostUrgent,
}

/// <summary>ชั้นความลับ: the secrecy grade.</summary>
public enum Secrecy
{
    /// <summary>ลับ (older archives: ปกปิด).</summary>
    Confidential,

    /// <summary>ลับมาก.</summary>
    Secret,

    /// <summary>ลับที่สุด.</summary>
    TopSecret,
}
