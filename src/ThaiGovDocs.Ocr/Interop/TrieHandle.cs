using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Owns one libdatrie Trie; released with trie_free.</summary>
internal sealed class TrieHandle : SafeHandle
{
    /// <summary>Used by the interop marshaller for returned Trie pointers.</summary>
    public TrieHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        DatrieNative.TrieFree(handle);
        return true;
    }
}
