using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;

namespace FormExtract.Pdf.Tests.Support;

/// <summary>The committed fixture files (read in place, so that received files land beside them), through the real reader.</summary>
public static class Fixture
{
    public static string Directory { get; } = RepositoryFiles.InRepository("tests", "FormExtract.Pdf.Tests", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>The file under its name relative to the fixture folder, so that output does not depend on the checkout.</summary>
    public static InputFile Load(string name) => new(name, File.ReadAllBytes(PathOf(name)));

    public static LayoutDocument Read(string name)
    {
        var result = new PdfTableReader().Read(Load(name), CancellationToken.None);
        Assert.Null(result.Failure);
        return result.Document!;
    }
}
