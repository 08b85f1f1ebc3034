using System.Text;

namespace ThaiGovDocs.Batch.Outputs;

/// <summary>Writes files so readers see the old content or the whole new content, never a part: temporary file, flush to disk, rename.</summary>
internal static class AtomicWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, string content, string tempPath, bool byteOrderMark = false)
    {
        using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (byteOrderMark) stream.Write(Encoding.UTF8.Preamble);
            stream.Write(Utf8.GetBytes(content));
            stream.Flush(flushToDisk: true);
        }

        MoveInto(tempPath, path);
    }

    /// <summary>Moves a finished temporary file (same file system) to <paramref name="path"/>, replacing it atomically.</summary>
    public static void MoveInto(string tempPath, string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(tempPath, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tempPath)) File.Delete(tempPath);
        }
    }
}
