using System.Globalization;
using System.Text;
using FormExtract.Testing;
using FormExtract.Testing.Hostile;

namespace FormExtract.Benchmarks;

/// <summary>
/// Writes the inputs of the reliability benchmark: the hostile set at full size (each case past its default
/// bound: a 1 GiB bomb, 1,200 PDF pages, 250 TIFF pages, 200 MB of text…) beside good files, or many distinct
/// copies of the real dump for the kill-and-resume runs. Links and FIFOs are made by the script.
/// </summary>
internal static class Reliability
{
    public static void Write(string[] args)
    {
        var folder = args[1];
        Directory.CreateDirectory(folder);
        if (args[0] == "copies")
        {
            var count = int.Parse(args[2], CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                // Trailing blank lines make each copy's bytes (and SHA-256) its own; the forms are the same.
                File.WriteAllBytes(Path.Combine(folder, $"{i:D4}.txt"), [.. HostileFiles.RealDump, .. Encoding.ASCII.GetBytes(new string('\n', i + 1))]);
            }

            return;
        }

        void Put(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(folder, name), bytes);
        Put("good.txt", HostileFiles.RealDump);
        Put("page.html", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Html.Tests", "Fixtures", "Pages", "clean-utf8.html")));
        Put("form.pdf", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.pdf")));
        Put("scan.png", File.ReadAllBytes(Repository.Path("corpus", "synthetic", "scan", "scan-04-clean-200-png.png")));
        Put("bomb.pdf", HostileFiles.PdfBomb(1L << 30));
        Put("report.pdf", HostileFiles.PdfOfPages(1200));
        Put("poster.pdf", HostileFiles.HugeScannedPage(100));
        Put("deep.html", HostileFiles.DeepHtml(100_000));
        Put("big.txt", HostileFiles.LargeText(200L * 1000 * 1000));
        Put("mixed.txt", HostileFiles.MixedEncodingDump());
        Put("nuls.txt", HostileFiles.DumpWithNuls());
        Put("blank.tif", HostileFiles.BlankScan());
        Put("damaged.tif", HostileFiles.TiffWithCorruptPage());
        Put("huge.tif", HostileFiles.TiffWithHugeSecondPage(30000));
        Put("pages.tif", HostileFiles.TiffOfPages(250));
    }
}
