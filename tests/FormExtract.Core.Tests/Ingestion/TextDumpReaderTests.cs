using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Core.Tests.Ingestion;

public class TextDumpReaderTests
{
    private static readonly byte[] RealDump = File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));

    [Fact]
    public void Same_forms_from_gb18030_with_crlf_and_from_utf8_with_bom()
    {
        var text = Encoding.UTF8.GetString(RealDump);
        var gb18030Crlf = TextDecoder.Gb18030.GetBytes(text.ReplaceLineEndings("\r\n"));
        var utf8Bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(RealDump).ToArray();

        var original = Pipelines.ExtractText("forms.txt", RealDump).Document;
        var fromGb = Pipelines.ExtractText("forms.txt", gb18030Crlf).Document;
        var fromBom = Pipelines.ExtractText("forms.txt", utf8Bom).Document;

        Assert.Equal(12, original.Forms.Count);
        Assert.Equal("gb18030", fromGb.Source.Encoding);
        Assert.Equal("utf-8", fromBom.Source.Encoding);
        Assert.Equal(FormsJson(original), FormsJson(fromGb));
        Assert.Equal(FormsJson(original), FormsJson(fromBom));
        Assert.NotEqual(original.Source.Sha256, fromGb.Source.Sha256);
    }

    [Fact]
    public void Lone_cr_line_ends_keep_line_numbers()
    {
        var text = Encoding.UTF8.GetString(RealDump).ReplaceLineEndings("\r");
        var document = Pipelines.ExtractText("forms.txt", Encoding.UTF8.GetBytes(text)).Document;

        Assert.Equal(FormsJson(Pipelines.ExtractText("forms.txt", RealDump).Document), FormsJson(document));
    }

    [Fact]
    public void Blank_lines_mark_page_breaks_on_the_next_row()
    {
        var bytes = Encoding.UTF8.GetBytes("a\tb\n\n\t\nc\td\ne\n");

        var layout = new TextDumpReader().Read(new InputFile("x.txt", bytes), CancellationToken.None).Document!;

        Assert.Equal(3, layout.Rows.Count);
        Assert.Equal([false, true, false], layout.Rows.Select(r => r.FollowsBreak));
        Assert.Equal([1, 4, 5], layout.Rows.Select(r => r.Cells[0].Origin.Line!.Value));
        Assert.Equal(["c", "d"], layout.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Empty_file_fails_with_its_name()
    {
        var result = new TextDumpReader().Read(new InputFile("empty.txt", Array.Empty<byte>()), CancellationToken.None);

        Assert.Null(result.Document);
        Assert.Equal("empty-file", result.Failure!.Code);
        Assert.Contains("empty.txt", result.Failure.Message, StringComparison.Ordinal);
    }

    private static string FormsJson(Model.FormDocument document) =>
        DocumentJson.Serialize(document with { Source = document.Source with { Encoding = null, Sha256 = new string('0', 64) } });
}
