using System.ComponentModel;
using System.Diagnostics;

namespace FormExtract.Testing;

/// <summary>
/// Starts the programs tests drive (Chromium, the CLI, sqlite3, bash). Starting one can fail for a moment on a
/// busy or traced machine (fork refused with EAGAIN, ENOMEM or ENOSYS), which says nothing about the code under
/// test, so a start is tried again twice; a program that is missing or not executable fails at once.
/// </summary>
public static class ChildProcess
{
    private const int Attempts = 3;

    // errno values that mean the program itself cannot be run: trying again would not help.
    private static readonly HashSet<int> Lasting = [2 /* ENOENT */, 8 /* ENOEXEC */, 13 /* EACCES */, 20 /* ENOTDIR */];

    public static Process Start(ProcessStartInfo start)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
            }
            catch (Win32Exception e) when (attempt < Attempts && !Lasting.Contains(e.NativeErrorCode))
            {
                Thread.Sleep(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
