using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;

namespace FormExtract.Pdf.Tests.Support;

/// <summary>The committed fixture files, read through the real reader.</summary>
public static class Fixture
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static InputFile Load(string name) => new(name, File.ReadAllBytes(PathOf(name)));

    public static LayoutDocument Read(string name)
    {
        var result = new PdfTableReader().Read(Load(name), CancellationToken.None);
        Assert.Null(result.Failure);
        return result.Document!;
    }
}
