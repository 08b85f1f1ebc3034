using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Imaging;

/// <summary>Keeps Leptonica from printing to stderr: every failure is reported through an exception instead.</summary>
internal static class LeptonicaMessages
{
    private static int silenced;

    /// <summary>Sets Leptonica's message severity to none, once per process.</summary>
    public static void Silence()
    {
        if (Interlocked.Exchange(ref silenced, 1) == 0) _ = LeptonicaNative.setMsgSeverity(LeptonicaNative.SeverityNone);
    }
}
