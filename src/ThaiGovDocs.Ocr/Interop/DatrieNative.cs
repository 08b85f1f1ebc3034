using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>The libdatrie functions that read a trie file (datrie/trie.h): libthai keeps its Thai word list in one.</summary>
internal static unsafe partial class DatrieNative
{
    private const string Lib = NativeLibraryNames.Datrie;

    /// <summary>Loads a trie file; an invalid handle when it cannot be read.</summary>
    [LibraryImport(Lib, EntryPoint = "trie_new_from_file", StringMarshalling = StringMarshalling.Utf8)]
    public static partial TrieHandle TrieNewFromFile(string path);

    /// <summary>Frees a trie (<see cref="TrieHandle"/> calls it).</summary>
    [LibraryImport(Lib, EntryPoint = "trie_free")]
    public static partial void TrieFree(IntPtr trie);

    /// <summary>Calls <paramref name="callback"/> with every key (a NUL-terminated UCS-4 string) until it returns 0; returns
    /// non-zero when every key was visited.</summary>
    [LibraryImport(Lib, EntryPoint = "trie_enumerate")]
    public static partial int TrieEnumerate(TrieHandle trie, delegate* unmanaged<uint*, int, IntPtr, int> callback, IntPtr userData);
}
