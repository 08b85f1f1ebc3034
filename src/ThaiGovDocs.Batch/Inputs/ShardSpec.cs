using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ThaiGovDocs.Batch.Inputs;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (0-based, as Kubernetes' JOB_COMPLETION_INDEX): the inputs whose relative path hashes to it.</summary>
/// <remarks>The hash is SHA-256 of the UTF-8 relative path with '/' separators, so every machine computes the same partition.</remarks>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole input set (shard 0 of 1).</summary>
    public static ShardSpec All { get; } = new(0, 1);

    /// <summary>Whether this is a real partition (more than one shard).</summary>
    public bool IsPartial => Count > 1;

    /// <summary>Parses <c>K/N</c> with 0 ≤ K &lt; N.</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k < n)
        {
            return new ShardSpec(k, n);
        }

        throw new FormatException($"'{text}' is not a shard K/N with 0 <= K < N (e.g. 0/4 for the first of four machines)");
    }

    /// <summary>The shard that <paramref name="relativePath"/> belongs to, out of <paramref name="count"/>.</summary>
    public static int ShardOf(string relativePath, int count)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>Whether <paramref name="relativePath"/> is in this shard.</summary>
    public bool Contains(string relativePath) => Count <= 1 || ShardOf(relativePath, Count) == Index;

    /// <summary>File-name form, e.g. <c>shard-2-of-8</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"shard-{Index}-of-{Count}");
}
