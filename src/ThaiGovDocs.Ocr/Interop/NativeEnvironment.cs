using System.Runtime.InteropServices;

namespace ThaiGovDocs.Ocr.Interop;

/// <summary>Sets variables in the native process environment, where native libraries read them.</summary>
/// <remarks>
/// On Linux and macOS, Environment.SetEnvironmentVariable only changes .NET's own copy; libgomp reads
/// OMP_THREAD_LIMIT from the C environ when Tesseract first uses OpenMP, so it must be set through libc.
/// </remarks>
internal static partial class NativeEnvironment
{
    private static readonly Lock Gate = new();

    /// <summary>Sets <paramref name="name"/> in both the native and the managed environment.</summary>
    public static void Set(string name, string value)
    {
        NativeLibraryResolver.EnsureRegistered();
        lock (Gate)
        {
            if (OperatingSystem.IsWindows())
            {
                // The Windows CRT reads the process environment block, which the managed call updates.
                Environment.SetEnvironmentVariable(name, value);
                return;
            }

            if (SetEnv(name, value, 1) != 0)
            {
                throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastPInvokeError()}.");
            }

            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>The value of <paramref name="name"/> in the native environment (what native code will see).</summary>
    public static unsafe string? GetNative(string name)
    {
        if (OperatingSystem.IsWindows()) return Environment.GetEnvironmentVariable(name);
        NativeLibraryResolver.EnsureRegistered();
        var value = GetEnv(name);
        return value == null ? null : Marshal.PtrToStringUTF8((IntPtr)value);
    }

    [LibraryImport(NativeLibraryNames.LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(NativeLibraryNames.LibC, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial byte* GetEnv(string name);
}
