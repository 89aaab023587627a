using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>The C library's environment: .NET's own setter does not reach native code's getenv on Unix.</summary>
internal static partial class LibcNative
{
    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int setenv(string name, string value, int overwrite);
}
