using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Office.Legacy;
using FormExtract.Office.Sheets;
using FormExtract.Office.Tests.Support;
using FormExtract.Office.Word;

namespace FormExtract.Office.Tests;

/// <summary>Office files that cannot be read, or only in part: each gets a clear code and a message naming the file.</summary>
public sealed class BadInputTests
{
    private static readonly string Table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>总分</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

    private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Files", name);

    [Fact]
    public void A_password_protected_docx_is_taken_by_the_word_reader_and_refused_as_needing_its_password()
    {
        var file = new InputFile("archive/2022/自评表.docx", File.ReadAllBytes(FilePath("password-protected.docx")));
        var reader = new DocxTableReader();

        Assert.True(reader.CanRead(file));
        Assert.False(new XlsxSheetReader().CanRead(file));
        var failure = reader.Read(file, CancellationToken.None).Failure!;
        Assert.Equal(OfficeSniffer.EncryptedCode, failure.Code);
        Assert.StartsWith("archive/2022/自评表.docx: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("password", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_cut_short_is_still_known_as_a_word_document_and_refused_as_damaged()
    {
        var whole = Packages.Docx(Table);
        var file = new InputFile("cut.bin", whole.AsMemory(0, whole.Length - 40));
        var reader = new DocxTableReader();

        Assert.True(reader.CanRead(file));
        var failure = reader.Read(file, CancellationToken.None).Failure!;
        Assert.Equal((OfficeSniffer.UnreadableCode, true), (failure.Code, failure.Message.StartsWith("cut.bin: its ZIP package is damaged", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_zip_whose_document_part_is_garbled_is_refused_as_unreadable()
    {
        var bytes = Packages.Docx(Table);
        var at = Encoding.ASCII.GetString(bytes).IndexOf("word/document.xml", StringComparison.Ordinal);
        // Past the name in the body part's local header, into its compressed data.
        for (var i = at + 20; i < at + 60; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var failure = new DocxTableReader().Read(new InputFile("garbled.docx", bytes), CancellationToken.None).Failure!;
        Assert.Equal(OfficeSniffer.UnreadableCode, failure.Code);
        Assert.StartsWith("garbled.docx: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_a_million_empty_rows_is_read_for_what_it_holds_without_keeping_the_rows()
    {
        var file = new InputFile("formatted-to-the-end.xlsx", LargeSheet.Write(1_000_000, withValues: false));
        var result = new XlsxSheetReader().Read(file, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(["财政项目支出绩效自评表", "项目名称", "总分"], result.Document!.Rows.Select(r => r.Cells[0].Text));
        Assert.Empty(result.Document.Warnings);
    }

    [Fact]
    public void A_workbook_past_the_row_bound_is_read_up_to_it_and_the_place_it_stopped_named()
    {
        var file = new InputFile("long.xlsx", LargeSheet.Write(5_000, withValues: true));
        var result = new XlsxSheetReader(new OfficeReaderOptions { MaxRows = 1_000 }).Read(file, CancellationToken.None);

        Assert.Equal(999, result.Document!.Rows.Count);
        var warning = Assert.Single(result.Document.Warnings);
        Assert.Equal(XlsxSheetReader.RowsOverLimitCode, warning.Code);
        Assert.Equal("Sheet1!A1000", warning.Path);
        Assert.StartsWith("long.xlsx: reading stopped at Sheet1!A1000", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_no_table_is_read_for_its_paragraphs_with_a_warning()
    {
        var file = new InputFile("letter.docx", Packages.Docx("<w:p><w:r><w:t>关于报送绩效自评结果的函</w:t></w:r></w:p>"));
        var document = new DocxTableReader().Read(file, CancellationToken.None).Document!;

        Assert.Single(document.Rows);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(("no-table", "letter.docx: the document holds no table with text; only its paragraphs were read."), (warning.Code, warning.Message));
    }

    [Fact]
    public void Macro_enabled_files_are_read_for_their_tables_with_a_warning_that_their_macros_were_not_run()
    {
        var docm = new DocxTableReader().Read(new InputFile("form.docm", Packages.Docx(Table, macroEnabled: true)), CancellationToken.None).Document!;
        var xlsm = new XlsxSheetReader().Read(
            new InputFile("form.xlsm", Packages.Xlsx([("Sheet1", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>总分</t></is></c></row></sheetData>", null)], macroEnabled: true)),
            CancellationToken.None).Document!;

        foreach (var (document, name) in new[] { (docm, "form.docm"), (xlsm, "form.xlsm") })
        {
            Assert.Equal("总分", document.Rows.Single().Cells[0].Text);
            var warning = Assert.Single(document.Warnings);
            Assert.Equal(DocxTableReader.MacrosCode, warning.Code);
            Assert.StartsWith(name + ": ", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_legacy_file_libreoffice_cannot_open_fails_naming_it()
    {
        // A compound file's signature and a WordDocument stream name, and nothing a converter can read.
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("WordDocument\0").CopyTo(bytes, 1024);
        var file = new InputFile("old/报表.doc", bytes);
        var readers = LegacyOfficeReader.All(OfficeReaderOptions.Default, new DocxTableReader(), new XlsxSheetReader());

        var reader = Assert.Single(readers, r => r.CanRead(file));
        Assert.Equal(Core.Model.SourceFormat.Doc, reader.Format);
        var failure = reader.Read(file, CancellationToken.None).Failure!;
        Assert.Equal(LegacyOfficeReader.ConversionFailedCode, failure.Code);
        Assert.StartsWith("old/报表.doc: the DOC file could not be converted: LibreOffice could not convert it to DOCX", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_past_its_time_is_stopped_and_named_and_a_missing_converter_is_named()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Workbook\0").CopyTo(bytes, 1024);
        var file = new InputFile("report.et", bytes);

        var slow = LegacyOfficeReader.All(new OfficeReaderOptions { ConversionTime = TimeSpan.FromMilliseconds(300) }, new DocxTableReader(), new XlsxSheetReader());
        var reader = Assert.Single(slow, r => r.CanRead(file));
        Assert.Equal(Core.Model.SourceFormat.Et, reader.Format);
        var late = reader.Read(file, CancellationToken.None).Failure!;
        Assert.Contains("report.et: the ET file could not be converted: LibreOffice did not convert it within", late.Message, StringComparison.Ordinal);

        var missing = LegacyOfficeReader.All(new OfficeReaderOptions { Converter = "/nonexistent/soffice" }, new DocxTableReader(), new XlsxSheetReader());
        var absent = missing.Single(r => r.CanRead(file)).Read(file, CancellationToken.None).Failure!;
        Assert.Contains("could not be started", absent.Message, StringComparison.Ordinal);
        Assert.Contains("libreoffice-calc-nogui", absent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_past_the_character_bound_fails_the_file_while_it_is_read()
    {
        var options = new OfficeReaderOptions { MaxPartCharacters = 20_000 };
        var body = string.Concat(Enumerable.Repeat(Table, 400));
        var docx = new DocxTableReader(options).Read(new InputFile("big.docx", Packages.Docx(body)), CancellationToken.None).Failure!;
        var xlsx = new XlsxSheetReader(options).Read(new InputFile("big.xlsx", LargeSheet.Write(5_000, withValues: false)), CancellationToken.None).Failure!;

        Assert.Equal((DocxTableReader.TooLargeCode, DocxTableReader.TooLargeCode), (docx.Code, xlsx.Code));
        Assert.StartsWith("big.docx: a part of the Word package holds more than 20,000 characters", docx.Message, StringComparison.Ordinal);
        Assert.StartsWith("big.xlsx: ", xlsx.Message, StringComparison.Ordinal);
    }
}
