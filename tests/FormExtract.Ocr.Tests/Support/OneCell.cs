using FormExtract.Core.Model;

namespace FormExtract.Ocr.Tests.Support;

/// <summary>One cell of a scan read as the page reader reads it: the page prepared, then the cell's box read with the real engines.</summary>
internal static class OneCell
{
    public static string Read(string file, Box box, CellKind kind) => Reading(file, box, kind).Text;

    /// <summary>
    /// The cell's whole reading, its evidence too; <paramref name="dpi"/> for an image that does not say its resolution,
    /// <paramref name="photographed"/> for a cell cut from a phone's capture (which the page reader squared and read as one).
    /// </summary>
    public static OcrReading Reading(string file, Box box, CellKind kind, double? dpi = null, bool photographed = false)
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        {
            var (image, _, imageProblem) = new ImageSource(OcrOptions.Default).Pages(File.ReadAllBytes(file)).First();
            Assert.True(image is not null, imageProblem);
            using (image)
            {
                var (prepared, pageProblem) = new PagePreparer(OcrOptions.Default).Prepare(image.Number, image.Image, dpi ?? image.Dpi, engines.Orientation);
                Assert.True(prepared is not null, pageProblem);
                using var page = photographed ? new PreparedPage(prepared.Number, prepared.Gray, prepared.Binary, prepared.Dpi, prepared.Skew) { Photographed = true } : prepared;
                engines.SetPage(page);
                return new CellReader(engines, page, OcrOptions.Default.LowConfidence, new UnitSnapper(OcrOptions.Default.Vocabulary)).Read(box, inset: 4, kind);
            }
        }
    }
}
