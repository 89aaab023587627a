using FormExtract.Testing;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;

namespace FormExtract.Html.Tests.Support;

/// <summary>Reads the fixture pages and renders layouts as text that a failing assertion can show.</summary>
internal static class Fixture
{
        public static InputFile Page(string name) => new(name, File.ReadAllBytes(Repository.Path("tests", "FormExtract.Html.Tests", "Fixtures", "Pages", name)));

    public static LayoutDocument Read(string name) => Read(Page(name));

    public static LayoutDocument Read(InputFile file)
    {
        var result = new HtmlTableReader().Read(file, CancellationToken.None);
        Assert.Null(result.Failure);
        return result.Document!;
    }

    public static InputFile Html(string markup, string name = "page.html") => new(name, System.Text.Encoding.UTF8.GetBytes(markup));

    /// <summary>One line per row: each cell as its column, spans and text, copies marked with a caret.</summary>
    public static string Render(IEnumerable<LayoutRow> rows) =>
        string.Join("\n", rows.Select(r => string.Join(" | ", r.Cells.Select(Render))));

    public static string Render(LayoutCell c) =>
        $"{(c.IsSpanCopy ? "^" : "")}{c.Column}{(c.RowSpan > 1 ? $"r{c.RowSpan}" : "")}{(c.ColumnSpan > 1 ? $"c{c.ColumnSpan}" : "")}:{c.Text.Replace("\n", "⏎", StringComparison.Ordinal)}";
}
