using System.Reflection;
using System.Runtime.InteropServices;

namespace FormExtract.Ocr.Interop;

/// <summary>
/// Maps the short library names of the raw signatures to the sonames Debian installs: the packages ship
/// only <c>libtesseract.so.5</c> and <c>liblept.so.5</c>, without the unversioned development links.
/// </summary>
internal static class NativeLibraries
{
    public const string Tesseract = "tesseract";
    public const string Leptonica = "lept";

    // A resolver can be set only once per assembly: the static constructor is the one place that does it.
    static NativeLibraries() => NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);

    /// <summary>Makes sure the resolver is registered before the first native call.</summary>
    public static void EnsureResolver()
    {
        // Calling any member runs the static constructor exactly once.
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name == Tesseract)
        {
            // Parallelism is per document (one engine per worker). OpenMP threads inside each engine only spin
            // against the other workers; libgomp reads this once, when libtesseract loads it. A limit the user
            // set is kept (overwrite: 0).
            _ = LibcNative.setenv("OMP_THREAD_LIMIT", "1", 0);
        }

        string[] candidates = name switch
        {
            Tesseract => ["libtesseract.so.5", "libtesseract.so", "tesseract"],
            Leptonica => ["liblept.so.5", "libleptonica.so.6", "liblept.so", "lept"],
            _ => [],
        };
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
