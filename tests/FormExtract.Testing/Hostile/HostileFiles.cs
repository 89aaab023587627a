using System.IO.Compression;
using System.Text;
using FormExtract.Core.Ingestion;

namespace FormExtract.Testing.Hostile;

/// <summary>
/// The hostile inputs of the reliability suite, made on demand (nothing large is kept in the repository),
/// each at a size the caller chooses: small beside a lowered limit in tests, full size in the benchmark.
/// </summary>
public static class HostileFiles
{
    /// <summary>The real text dump (12 forms).</summary>
    public static byte[] RealDump => File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));

    /// <summary>A one-page PDF whose content stream is a few bytes per kilobyte it inflates to (zeros).</summary>
    public static byte[] PdfBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += block.Length)
            {
                zlib.Write(block, 0, (int)Math.Min(block.Length, inflatedBytes - written));
            }
        }

        var pdf = new MinimalPdf();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>");
        pdf.AddStream("/Filter /FlateDecode", compressed.ToArray());
        return pdf.Write(catalog);
    }

    /// <summary>A printed PDF of <paramref name="pages"/> pages, each with one line of text naming it.</summary>
    public static byte[] PdfOfPages(int pages) =>
        MinimalPdf.Pages(
            Enumerable.Range(1, pages).Select(n => (595.0, 842.0, $"BT /F1 12 Tf 72 720 Td (Page {n} of the report) Tj ET", string.Empty)).ToArray(),
            pdf => $"/Font << /F1 {pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")} 0 R >>");

    /// <summary>A PDF of one scanned page <paramref name="inches"/> square whose image cannot be decoded, so that it would be rasterised.</summary>
    public static byte[] HugeScannedPage(double inches)
    {
        var points = inches * 72;
        return MinimalPdf.Pages(
            [(points, points, FormattableString.Invariant($"q {points} 0 0 {points} 0 0 cm /Im1 Do Q"), string.Empty)],
            pdf => $"/XObject << /Im1 {pdf.AddStream("/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", [.. Enumerable.Repeat((byte)0x5A, 64)])} 0 R >>");
    }

    /// <summary>A page whose elements nest <paramref name="depth"/> deep.</summary>
    public static byte[] DeepHtml(int depth) =>
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "项目名称" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

    /// <summary>The real dump repeated until it is at least <paramref name="bytes"/> long.</summary>
    public static byte[] LargeText(long bytes)
    {
        var dump = RealDump;
        var output = new byte[(bytes + dump.Length - 1) / dump.Length * dump.Length];
        for (var at = 0; at < output.Length; at += dump.Length)
        {
            dump.CopyTo(output, at);
        }

        return output;
    }

    /// <summary>The real dump with its first half of lines in UTF-8 and the rest in GB18030 (two exports pasted together).</summary>
    public static byte[] MixedEncodingDump()
    {
        var lines = Encoding.UTF8.GetString(RealDump).Split('\n');
        var half = lines.Length / 2;
        return [.. Encoding.UTF8.GetBytes(string.Join('\n', lines[..half]) + "\n"), .. TextDecoder.Gb18030.GetBytes(string.Join('\n', lines[half..]))];
    }

    /// <summary>The real dump with NUL bytes inside every funding label and a block of NUL padding at its end.</summary>
    public static byte[] DumpWithNuls()
    {
        var text = Encoding.UTF8.GetString(RealDump).Replace("年度资金总额", "年度\0资金\0总额", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text), .. new byte[512]];
    }

    /// <summary>The committed three-page TIFF scan with page 2's compressed data overwritten by noise.</summary>
    public static byte[] TiffWithCorruptPage() => TiffPages.Corrupt(File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-02-clean-300-tiff.tif")), page: 1);

    /// <summary>A TIFF whose first page is small and whose second page claims <paramref name="side"/>² pixels (with a few bytes of data).</summary>
    public static byte[] TiffWithHugeSecondPage(int side) =>
        TiffWriter.Write([TiffWriter.Ruled(400, 560), new TiffPage(side, side, new byte[256])]);

    /// <summary>A TIFF of <paramref name="pages"/> small ruled pages.</summary>
    public static byte[] TiffOfPages(int pages) => TiffWriter.Write([.. Enumerable.Range(0, pages).Select(_ => TiffWriter.Ruled(400, 560))]);

    /// <summary>A blank white page: a scan in which OCR finds no table.</summary>
    public static byte[] BlankScan() => TiffWriter.Write([new TiffPage(600, 800, [.. Enumerable.Repeat((byte)255, 600 * 800)])]);
}
