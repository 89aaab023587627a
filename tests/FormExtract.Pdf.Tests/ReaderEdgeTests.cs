using FormExtract.Core.Ingestion;
using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

/// <summary>Which files the reader takes, and what it says about files it cannot read.</summary>
public class ReaderEdgeTests
{
    private readonly PdfTableReader _reader = new();

    [Theory]
    [InlineData("broken/truncated.pdf", "damaged")]
    [InlineData("broken/encrypted.pdf", "encrypted")]
    public void A_broken_file_is_a_failure_naming_the_file_and_the_reason(string name, string reason)
    {
        var result = _reader.Read(Fixture.Load(name), CancellationToken.None);

        Assert.Null(result.Document);
        Assert.Equal(PdfTableReader.UnreadableCode, result.Failure!.Code);
        Assert.StartsWith(name + ": ", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_a_failure()
    {
        var result = _reader.Read(new InputFile("empty.pdf", ReadOnlyMemory<byte>.Empty), CancellationToken.None);

        Assert.Equal((PdfTableReader.UnreadableCode, "empty.pdf: the file is empty (0 bytes)."), (result.Failure!.Code, result.Failure.Message));
    }

    [Fact]
    public void A_pdf_header_that_is_only_a_header_is_a_failure_not_an_exception()
    {
        var result = _reader.Read(new InputFile("stub.pdf", "%PDF-1.7\n%%EOF\n"u8.ToArray()), CancellationToken.None);

        Assert.Equal(PdfTableReader.UnreadableCode, result.Failure!.Code);
    }

    [Fact]
    public void Takes_a_pdf_header_after_junk_in_the_first_kilobyte_and_nothing_else()
    {
        var pdf = File.ReadAllBytes(Fixture.PathOf("single-form.pdf"));
        byte[] prefixed = [.. new byte[300], .. pdf];

        Assert.True(_reader.CanRead(new InputFile("a.bin", pdf)));
        Assert.True(_reader.CanRead(new InputFile("a.bin", prefixed)));
        Assert.False(_reader.CanRead(new InputFile("a.pdf", "财政项目支出绩效自评表\t\t"u8.ToArray())));
        byte[] tooFar = [.. new byte[2000], .. pdf];
        Assert.False(_reader.CanRead(new InputFile("a.pdf", tooFar)));
    }

    [Fact]
    public void A_pdf_after_leading_junk_is_read()
    {
        byte[] prefixed = [.. "junk before the header\n"u8.ToArray(), .. File.ReadAllBytes(Fixture.PathOf("single-form.pdf"))];

        var result = _reader.Read(new InputFile("prefixed.pdf", prefixed), CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(1, result.Document!.Pages);
    }
}
