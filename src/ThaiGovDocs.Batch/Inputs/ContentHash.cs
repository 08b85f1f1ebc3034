using System.Security.Cryptography;

namespace ThaiGovDocs.Batch.Inputs;

/// <summary>SHA-256 of a file's bytes, lower-case hex: identifies content for resume and provenance.</summary>
internal static class ContentHash
{
    public static async Task<string> ComputeAsync(string path, CancellationToken ct)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash);
        }
    }
}
