using System.Text;

namespace ThaiGovDocs.Batch.Tests;

/// <summary>Good inputs for end-to-end runs: corpus seeds and test letters (text, including TIS-620 and names with spaces and Thai), and optionally scanned pages.</summary>
internal static class GoodInputs
{
    public static List<string> Copy(string folder, int scans)
    {
        var written = new List<string>();
        void Put(string relative, byte[] content)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            written.Add(relative);
        }

        Put("sample-letter.txt", File.ReadAllBytes(Path.Combine(TestPaths.TestData, "sample-letter.txt")));
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.TestData, "letters"), "*.txt").Order(StringComparer.Ordinal))
        {
            Put("letters/กองกลาง/" + Path.GetFileName(f), File.ReadAllBytes(f));
        }

        foreach (var f in Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(3))
        {
            Put("corpus seeds/" + Path.GetFileName(f), File.ReadAllBytes(f));
        }

        // Legacy Thai code page (not UTF-8): decoded, not rejected.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Put("legacy/หนังสือ tis620.txt", Encoding.GetEncoding(874).GetBytes(File.ReadAllText(Path.Combine(TestPaths.TestData, "sample-letter.txt"))));

        string[] pages = ["letter-external-degraded.jpg", "letter-memo-clean.png"];
        foreach (var page in pages.Take(scans))
        {
            Put("scans/หน้า " + page, File.ReadAllBytes(Path.Combine(TestPaths.TestData, "pages", page)));
        }

        return written;
    }
}
