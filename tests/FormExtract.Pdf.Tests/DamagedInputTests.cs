using FormExtract.Core.Ingestion;
using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

/// <summary>Real PDFs cut short or with bytes overwritten: the reader answers with rows or a failure, never an exception.</summary>
public class DamagedInputTests
{
    public static TheoryData<string, int> Cuts()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "reportlab-full-form.pdf", "single-form.pdf" })
        {
            foreach (var percent in new[] { 1, 10, 35, 60, 90, 99 })
            {
                data.Add(name, percent);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_file_cut_short_is_read_or_refused(string name, int percent)
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf(name));

        var result = new PdfTableReader().Read(new InputFile(name, bytes.AsMemory(0, bytes.Length * percent / 100)), CancellationToken.None);

        Assert.True(result.Document is not null || result.Failure is { Code: PdfTableReader.UnreadableCode });
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_file_with_bytes_overwritten_is_read_or_refused(string name, int percent)
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf(name));
        var start = bytes.Length * percent / 100;
        for (var i = start; i < Math.Min(bytes.Length, start + 64); i++)
        {
            bytes[i] = (byte)((long)i * 7919 % 251);
        }

        var result = new PdfTableReader().Read(new InputFile(name, bytes), CancellationToken.None);

        Assert.True(result.Document is not null || result.Failure is { Code: PdfTableReader.UnreadableCode });
    }
}
