using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Tests.Support;
using FormExtract.Testing.Hostile;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>Text files damaged in ways that used to lose forms silently: each keeps its forms and says what was changed, where.</summary>
public class DamagedTextTests
{
    private static readonly FormDocument Original = Pipelines.ExtractText("forms.txt", HostileFiles.RealDump).Document;

    [Fact]
    public void A_file_whose_encoding_changes_part_way_keeps_every_form()
    {
        var document = Pipelines.ExtractText("forms.txt", HostileFiles.MixedEncodingDump()).Document;

        Assert.Equal("utf-8+gb18030", document.Source.Encoding);
        Assert.Equal(FormsJson(Original), FormsJson(document));
        var warning = Assert.Single(document.Warnings, w => w.Code == TextDecoder.MixedEncodingCode);
        var half = (Encoding.UTF8.GetString(HostileFiles.RealDump).Split('\n').Length / 2) + 1;
        Assert.Equal(half, warning.Line);
        Assert.Contains($"lines {half}–", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("forms.txt: ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_are_removed_so_labels_match_and_their_lines_are_named()
    {
        var document = Pipelines.ExtractText("forms.txt", HostileFiles.DumpWithNuls()).Document;

        Assert.Equal(FormsJson(Original), FormsJson(document));
        Assert.All(document.Forms, f => Assert.NotNull(f.Funding?.Total));
        var warning = Assert.Single(document.Warnings, w => w.Code == TextDecoder.NulCode);
        var firstLabel = Array.FindIndex(Encoding.UTF8.GetString(HostileFiles.RealDump).Split('\n'), l => l.Contains("年度资金总额", StringComparison.Ordinal)) + 1;
        Assert.Equal(firstLabel, warning.Line);
        Assert.Contains($"on lines {firstLabel}, ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("536 NUL bytes", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_gb18030_line_that_is_also_valid_utf8_stays_gb18030()
    {
        // 元 is D4 AA in GB18030, which UTF-8 reads as Ԫ.
        var bytes = TextDecoder.Gb18030.GetBytes("单位：元\n元\n项目名称\t残疾人就业\n");

        var (text, problem) = TextDecoder.Decode(bytes);

        Assert.Null(problem);
        Assert.Equal(("gb18030", "单位：元\n元\n项目名称\t残疾人就业\n"), (text!.Encoding, text.Text));
        Assert.Empty(text.Warnings);
    }

    [Fact]
    public void Text_past_the_size_limit_fails_with_the_limit_named()
    {
        var reader = new TextDumpReader(new TextReaderOptions { MaxBytes = 100_000 });

        var result = reader.Read(new InputFile("big.txt", HostileFiles.LargeText(300_000)), CancellationToken.None);

        Assert.Equal(TextDumpReader.TooLargeCode, result.Failure?.Code);
        Assert.Contains("big.txt", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("TextReaderOptions.MaxBytes", result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    public void A_binary_format_is_never_read_as_a_text_dump(byte[] signature)
    {
        // An image holding text-like bytes after its signature: another reader's, even when that reader finds nothing.
        var file = new InputFile("scan.bin", signature.Concat(HostileFiles.RealDump).ToArray());

        Assert.False(new TextDumpReader().CanRead(file));
        var result = DocumentExtractor.WithReaders(new TextDumpReader()).Extract(file, CancellationToken.None);
        Assert.Equal("unsupported-format", result.Failure?.Code);
    }

    private static string[] FormsJson(FormDocument document) =>
        document.Forms.Select(f => DocumentJson.Serialize(new FormDocument { Source = document.Source with { Encoding = null, Sha256 = new string('0', 64) }, Forms = [f] })).ToArray();
}
