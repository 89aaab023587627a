using FormExtract.Core.Model;

namespace FormExtract.Ocr.Tests.Support;

/// <summary>One cell of a scan read as the page reader reads it: the page prepared, then the cell's box read with the real engines.</summary>
internal static class OneCell
{
    public static string Read(string file, Box box, CellKind kind)
    {
        var (engines, problem) = OcrEngines.Create(OcrOptions.Default);
        Assert.True(engines is not null, problem);
        using (engines)
        {
            var (image, _, imageProblem) = new ImageSource(OcrOptions.Default).Pages(File.ReadAllBytes(file)).First();
            Assert.True(image is not null, imageProblem);
            using (image)
            {
                var (page, pageProblem) = new PagePreparer(OcrOptions.Default).Prepare(image.Number, image.Image, image.Dpi, engines.Orientation);
                Assert.True(page is not null, pageProblem);
                using (page)
                {
                    engines.SetPage(page);
                    return new CellReader(engines, page, OcrOptions.Default.LowConfidence, new UnitSnapper(OcrOptions.Default.Vocabulary)).Read(box, inset: 4, kind).Text;
                }
            }
        }
    }
}
