using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using ThaiGovDocs.Ocr.Interop;
using ThaiGovDocs.Text;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>
/// libthai's Thai word list (<c>thbrk.tri</c>, Debian's <c>libthai-data</c>: about 25,000 words, LGPL-2.1), read once per
/// file through libdatrie into a <see cref="ThaiLexicon"/> for <see cref="ThaiWordRepair"/>.
/// </summary>
internal static unsafe class ThaiDictionary
{
    /// <summary>libthai's own variable for the folder of its dictionary; honoured here too.</summary>
    public const string EnvironmentVariable = "LIBTHAI_DICTDIR";

    /// <summary>The dictionary's file name in that folder.</summary>
    public const string FileName = "thbrk.tri";

    /// <summary>What to install when it is missing.</summary>
    public const string DebianInstallCommand = "sudo apt-get install libthai-data libdatrie1";

    private static readonly ConcurrentDictionary<string, Lazy<ThaiLexicon>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The word list at <paramref name="path"/>, or at the first place libthai keeps it when null.</summary>
    /// <exception cref="NativeDependencyException">libdatrie or the file is missing or unreadable; the message lists every place tried.</exception>
    public static ThaiLexicon Load(string? path)
    {
        var candidates = path is null ? CandidatePaths() : [path];
        var file = candidates.FirstOrDefault(File.Exists) ?? throw new NativeDependencyException(
            $"The Thai word list ({FileName}) was not found. Tried: {string.Join(", ", candidates)}. To fix: {DebianInstallCommand}, " +
            $"set {EnvironmentVariable} to its folder, or turn word repair off (OcrOptions.RepairWords = false, CLI --no-word-repair).");
        return Loaded.GetOrAdd(Path.GetFullPath(file), static f => new Lazy<ThaiLexicon>(() => ReadFile(f))).Value;
    }

    /// <summary>Where libthai keeps its dictionary: the folder in <see cref="EnvironmentVariable"/>, then the usual prefixes.</summary>
    internal static IReadOnlyList<string> CandidatePaths()
    {
        var paths = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } folder) paths.Add(Path.Combine(folder, FileName));
        foreach (var prefix in new[] { "/usr/share", "/usr/local/share", "/opt/homebrew/share", "/opt/local/share" })
        {
            paths.Add(Path.Combine(prefix, "libthai", FileName));
        }

        return paths;
    }

    private static ThaiLexicon ReadFile(string file)
    {
        NativeLibraryResolver.EnsureRegistered();
        try
        {
            NativeLibraryResolver.Load(NativeLibraryNames.Datrie);
        }
        catch (NativeDependencyException e)
        {
            throw new NativeDependencyException($"{e.Message}{Environment.NewLine}libdatrie reads the Thai word list for word repair. To fix: {DebianInstallCommand}, or turn word repair off (--no-word-repair).", e);
        }
        using var trie = DatrieNative.TrieNewFromFile(file);
        if (trie.IsInvalid) throw new NativeDependencyException($"libdatrie could not read the Thai word list '{file}'. To fix: {DebianInstallCommand}.");

        var words = new List<string>(32_768);
        var handle = GCHandle.Alloc(words);
        try
        {
            if (DatrieNative.TrieEnumerate(trie, &OnWord, GCHandle.ToIntPtr(handle)) == 0)
            {
                throw new NativeDependencyException($"libdatrie stopped reading the Thai word list '{file}' part way.");
            }
        }
        finally
        {
            handle.Free();
        }

        return new ThaiLexicon(words);
    }

    /// <summary>trie_enumerate's callback: one key as NUL-terminated UCS-4, added to the list behind <paramref name="list"/>.</summary>
    [UnmanagedCallersOnly]
    private static int OnWord(uint* key, int data, IntPtr list)
    {
        var length = 0;
        while (key[length] != 0)
        {
            // Thai words are in the Basic Multilingual Plane: any other code point is no word of theirs (skipped, not the list).
            if (key[length] > char.MaxValue || char.IsSurrogate((char)key[length])) return 1;
            length++;
        }

        var word = string.Create(length, (IntPtr)key, static (chars, start) =>
        {
            var codePoints = (uint*)start;
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)codePoints[i];
        });

        ((List<string>)GCHandle.FromIntPtr(list).Target!).Add(word);
        return 1;
    }
}
