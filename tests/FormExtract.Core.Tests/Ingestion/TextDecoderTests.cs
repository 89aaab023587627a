using System.Text;
using FormExtract.Core.Ingestion;

namespace FormExtract.Core.Tests.Ingestion;

public class TextDecoderTests
{
    private const string Sample = "财政项目支出绩效自评表\t\n(2022 年度)\t项目名称\t残疾人权益保障经费\n";

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Sample) },
        { "utf-8", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "gb18030", TextDecoder.Gb18030.GetBytes(Sample) },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Finds_the_encoding_and_decodes(string encoding, byte[] bytes)
    {
        var (text, problem) = TextDecoder.Decode(bytes);

        Assert.Null(problem);
        Assert.Equal(encoding, text!.Encoding);
        Assert.Equal(Sample, text.Text);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_when_ascii_heavy()
    {
        var sample = "Project\t2022\tweight\t10\n" + Sample;
        var (text, _) = TextDecoder.Decode(Encoding.Unicode.GetBytes(sample));

        Assert.Equal("utf-16le", text!.Encoding);
        Assert.Equal(sample, text.Text);
    }

    [Fact]
    public void Random_bytes_are_not_text()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var (text, problem) = TextDecoder.Decode(bytes);

        Assert.Null(text);
        Assert.Contains("binary", problem, StringComparison.Ordinal);
    }
}
