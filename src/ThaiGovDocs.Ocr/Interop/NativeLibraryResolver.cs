using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>The one place that finds Tesseract, Leptonica, libdatrie and libc for this assembly's [LibraryImport]s.</summary>
internal static class NativeLibraryResolver
{
    private static readonly ConcurrentDictionary<string, IntPtr> Loaded = new(StringComparer.Ordinal);
    private static int registered;

    /// <summary>Installs the resolver on this assembly (idempotent; must run before the first native call).</summary>
    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
        }
    }

    /// <summary>Loads Tesseract and Leptonica now, so a missing library fails with one clear message instead of deep inside a call.</summary>
    public static void EnsureOcrLibrariesLoaded()
    {
        EnsureRegistered();
        Load(NativeLibraryNames.Leptonica);
        Load(NativeLibraryNames.Tesseract);
    }

    /// <summary>The handle of <paramref name="logicalName"/>, loading it on first use.</summary>
    /// <exception cref="NativeDependencyException">No candidate could be loaded; the message lists every attempt.</exception>
    public static IntPtr Load(string logicalName) =>
        Loaded.GetOrAdd(logicalName, static name =>
            Load(name, NativeLibraryNames.CandidateFileNames(name), NativeLibraryNames.CandidateDirectories()));

    /// <summary>Tries every file name, first through the OS loader's search, then in every directory; throws listing all attempts.</summary>
    internal static IntPtr Load(string logicalName, IReadOnlyList<string> fileNames, IReadOnlyList<string> directories)
    {
        var tried = new List<string>();
        foreach (var fileName in fileNames)
        {
            tried.Add(fileName + " (system loader search)");
            if (NativeLibrary.TryLoad(fileName, out var handle)) return handle;
        }

        foreach (var dir in directories)
        {
            foreach (var fileName in fileNames)
            {
                if (Path.IsPathRooted(fileName)) continue;
                var path = Path.Combine(dir, fileName);
                tried.Add(path);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle)) return handle;
            }
        }

        var message = new StringBuilder()
            .Append("The native library '").Append(logicalName).Append("' could not be loaded. Tried:")
            .AppendLine();
        foreach (var t in tried) message.Append("  ").AppendLine(t);
        message.Append("To fix: ").Append(NativeLibraryNames.InstallHint()).Append('.');
        throw new NativeDependencyException(message.ToString());
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName is NativeLibraryNames.Tesseract or NativeLibraryNames.Leptonica or NativeLibraryNames.LibC or NativeLibraryNames.Datrie
            ? Load(libraryName)
            : IntPtr.Zero;
}
