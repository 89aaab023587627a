using System.Diagnostics;
using System.Globalization;

namespace FormExtract.Ocr;

/// <summary>
/// Renders pages of one PDF with poppler's <c>pdftoppm</c> (grayscale, the crop box, as the PDF reader
/// measures its coordinates), for reading by OCR. The file is written to a <see cref="ScratchFolder"/> once,
/// on the first page asked for, and removed when the renderer is disposed.
/// </summary>
internal sealed class PdfPageRenderer : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly ReadOnlyMemory<byte> _bytes;
    private ScratchFolder? _folder;

    public PdfPageRenderer(ReadOnlyMemory<byte> bytes, int dpi)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 50);
        _bytes = bytes;
        Dpi = dpi;
    }

    public int Dpi { get; }

    /// <summary>The page as an 8-bit grayscale image, or why it cannot be rendered (poppler missing, or failing on it).</summary>
    public (Pix? Page, string? Problem) Render(int number)
    {
        try
        {
            var folder = _folder ??= WriteInput();
            var input = folder.PathOf("in.pdf");
            var prefix = folder.PathOf($"page-{number}");
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-cropbox", "-png", "-singlefile", "-f", $"{number}", "-l", $"{number}", input, prefix })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, "pdftoppm could not be started");
            }

            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, $"pdftoppm did not finish within {Timeout.TotalSeconds:0} s");
            }

            var output = prefix + ".png";
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                return (null, $"pdftoppm failed ({errors.Result.Trim()})");
            }

            var pix = Pix.Decode(File.ReadAllBytes(output));
            File.Delete(output);
            return pix is null ? (null, "pdftoppm's image could not be decoded") : (pix, null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "pdftoppm (poppler-utils) is not installed");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the page could not be handed to pdftoppm ({e.Message})");
        }
    }

    public void Dispose()
    {
        _folder?.Dispose();
        _folder = null;
    }

    private ScratchFolder WriteInput()
    {
        var folder = ScratchFolder.Create();
        File.WriteAllBytes(folder.PathOf("in.pdf"), _bytes.ToArray());
        return folder;
    }
}
