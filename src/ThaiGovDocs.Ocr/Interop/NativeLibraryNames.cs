using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>The logical library names used in [LibraryImport] and, per OS, the file names and directories that may hold them.</summary>
internal static class NativeLibraryNames
{
    public const string Tesseract = "tesseract";
    public const string Leptonica = "leptonica";
    public const string LibC = "libc";

    /// <summary>libdatrie, the trie library of libthai: reads libthai's Thai word list (<see cref="Recognition.ThaiDictionary"/>).</summary>
    public const string Datrie = "datrie";

    /// <summary>File names to try for <paramref name="logicalName"/> on the current OS, most likely first.</summary>
    public static IReadOnlyList<string> CandidateFileNames(string logicalName)
    {
        if (OperatingSystem.IsWindows())
        {
            return logicalName switch
            {
                Tesseract => ["tesseract55.dll", "tesseract54.dll", "tesseract53.dll", "tesseract52.dll", "tesseract51.dll", "tesseract50.dll", "libtesseract-5.dll", "tesseract.dll"],
                Leptonica => ["leptonica-1.85.0.dll", "leptonica-1.84.1.dll", "leptonica-1.83.1.dll", "leptonica-1.82.0.dll", "libleptonica-6.dll", "liblept-5.dll", "leptonica.dll"],
                LibC => ["ucrtbase.dll", "msvcrt.dll"],
                Datrie => ["libdatrie-1.dll", "datrie.dll"],
                _ => [logicalName],
            };
        }

        if (OperatingSystem.IsMacOS())
        {
            return logicalName switch
            {
                Tesseract => ["libtesseract.5.dylib", "libtesseract.dylib"],
                Leptonica => ["libleptonica.6.dylib", "libleptonica.dylib", "liblept.5.dylib", "liblept.dylib"],
                LibC => ["libSystem.B.dylib", "/usr/lib/libSystem.B.dylib"],
                Datrie => ["libdatrie.1.dylib", "libdatrie.dylib"],
                _ => [logicalName],
            };
        }

        return logicalName switch
        {
            Tesseract => ["libtesseract.so.5", "libtesseract.so"],
            Leptonica => ["liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so"],
            LibC => ["libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1"],
            Datrie => ["libdatrie.so.1", "libdatrie.so"],
            _ => [logicalName],
        };
    }

    /// <summary>Directories to search, in order, after the application's own directory and the OS loader's default search.</summary>
    public static IReadOnlyList<string> CandidateDirectories()
    {
        var dirs = new List<string> { AppContext.BaseDirectory };
        if (OperatingSystem.IsWindows())
        {
            var programFiles = Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles);
            dirs.Add(Path.Combine(programFiles, "Tesseract-OCR"));
            dirs.Add(@"C:\Program Files\Tesseract-OCR");
            dirs.Add(@"C:\msys64\mingw64\bin");
        }
        else if (OperatingSystem.IsMacOS())
        {
            dirs.AddRange(["/opt/homebrew/lib", "/usr/local/lib", "/opt/local/lib"]);
        }
        else
        {
            var arch = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.Arm64 => "aarch64-linux-gnu",
                Architecture.X64 => "x86_64-linux-gnu",
                _ => null,
            };
            if (arch is not null) { dirs.Add("/usr/lib/" + arch); dirs.Add("/lib/" + arch); }
            dirs.AddRange(["/usr/lib", "/usr/lib64", "/usr/local/lib", "/lib"]);
        }

        return dirs.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>How to install the native dependencies on the current OS.</summary>
    public static string InstallHint() =>
        OperatingSystem.IsWindows() ? "install Tesseract 5 (e.g. 'winget install UB-Mannheim.TesseractOCR') and put its directory on PATH"
        : OperatingSystem.IsMacOS() ? "brew install tesseract tesseract-lang"
        : "on Debian/Ubuntu: " + NativeDependencyException.DebianInstallCommand;
}
