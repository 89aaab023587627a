using System.ComponentModel;
using System.Diagnostics;

namespace FormExtract.Office.Legacy;

/// <summary>
/// Converts a legacy Office file to DOCX or XLSX with LibreOffice headless, each conversion in a folder of its
/// own with a private profile (so that conversions never share LibreOffice's user state or lock, and nothing is
/// left behind), within <see cref="OfficeReaderOptions.ConversionTime"/>: past it, or when the caller cancels,
/// LibreOffice's whole process tree is killed. A file LibreOffice cannot open gives no output (it still exits 0),
/// which is reported with what it printed.
/// </summary>
public sealed class LibreOfficeConverter(OfficeReaderOptions options)
{
    /// <summary>The converted file's bytes, or why there are none.</summary>
    public (byte[]? Bytes, string? Problem) Convert(ReadOnlyMemory<byte> bytes, OfficeKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Directory.CreateTempSubdirectory("formextract-office-");
        try
        {
            // LibreOffice picks its import filter partly by the name: a Kingsoft .wps is a Word file, not a Works one.
            var (source, target) = kind == OfficeKind.Word ? ("source.doc", "docx") : ("source.xls", "xlsx");
            var input = Path.Combine(folder.FullName, source);
            File.WriteAllBytes(input, bytes.ToArray());
            var output = Path.Combine(folder.FullName, "out");
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var (finished, printed) = Run(
                ["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", $"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", output, input],
                folder.FullName,
                cancellationToken);
            if (!finished)
            {
                return (null, printed);
            }

            var converted = Path.Combine(output, Path.ChangeExtension(source, target));
            return File.Exists(converted)
                ? (File.ReadAllBytes(converted), null)
                : (null, $"LibreOffice could not convert it to {target.ToUpperInvariant()}{(printed.Length > 0 ? $" ({printed})" : string.Empty)}");
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A process killed at the time limit may still hold a file for a moment; the folder is in /tmp.
            }
        }
    }

    private (bool Finished, string Printed) Run(IReadOnlyList<string> arguments, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.Converter)
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception exception)
        {
            return (false, $"LibreOffice ({options.Converter}) could not be started: {exception.Message} (install libreoffice-writer-nogui and libreoffice-calc-nogui: scripts/setup.sh run)");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.ConversionTime);
            try
            {
                process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                cancellationToken.ThrowIfCancellationRequested();
                return (false, $"LibreOffice did not convert it within {options.ConversionTime.TotalSeconds:0.###} s (OfficeReaderOptions.ConversionTime); it was stopped");
            }

            var printed = string.Join(" ", new[] { stdout.Result, stderr.Result }.Select(t => t.Trim()).Where(t => t.Length > 0));
            return (true, printed.Length > 300 ? printed[..300] + "…" : printed);
        }
    }
}
