using System.IO.Compression;
using System.Text;
using FormExtract.Core.Model;
using FormExtract.Core.Output;
using FormExtract.Testing;

namespace FormExtract.Extraction.Tests;

/// <summary>
/// Word and Excel files through the library's default readers, known by their bytes whatever their names, good
/// and bad side by side as in a batch: every file gets its document, a bad one an error naming it.
/// </summary>
public sealed class OfficeFilesTests
{
    private static readonly string Files = Repository.Path("tests", "FormExtract.Office.Tests", "Files");

    [Fact]
    public async Task Office_files_are_told_by_their_bytes_and_every_one_of_a_batch_gets_its_document()
    {
        var docx = File.ReadAllBytes(Path.Combine(Files, "libreoffice-three-forms.docx"));
        var xlsx = File.ReadAllBytes(Path.Combine(Files, "libreoffice-three-forms.xlsx"));
        var legacy = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(legacy, 0);
        Encoding.Unicode.GetBytes("WordDocument\0").CopyTo(legacy, 1024);
        var batch = new (string Name, byte[] Bytes, SourceFormat Format, int Forms, string? Error)[]
        {
            ("forms.docx", docx, SourceFormat.Docx, 3, null),
            ("forms-without-extension", xlsx, SourceFormat.Xlsx, 3, null),
            ("forms.docm", MacroEnabled(docx), SourceFormat.Docx, 3, null),
            ("secret.docx", File.ReadAllBytes(Path.Combine(Files, "password-protected.docx")), SourceFormat.Docx, 0, "office-encrypted"),
            ("cut.xlsx", xlsx[..(xlsx.Length / 2)], SourceFormat.Xlsx, 0, "office-unreadable"),
            ("broken.doc", legacy, SourceFormat.Doc, 0, "office-conversion-failed"),
        };
        using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false });

        foreach (var (name, bytes, format, forms, error) in batch)
        {
            using var stream = new MemoryStream(bytes);
            var document = await extractor.ExtractAsync(stream, name);

            SchemaAssert.ValidDocument(DocumentJson.Serialize(document));
            Assert.Equal((format, forms), (document.Source.Format, document.Forms.Count));
            if (error is not null)
            {
                var warning = Assert.Single(document.Warnings);
                Assert.Equal(error, warning.Code);
                Assert.StartsWith(name + ": ", warning.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_spreadsheet_cell_keeps_its_reference_and_a_word_cell_its_table_row_and_column()
    {
        using var extractor = new FormExtractor(new FormExtractorOptions { Ocr = false });

        var workbook = await extractor.ExtractAsync(Path.Combine(Files, "libreoffice-three-forms.xlsx"));
        var document = await extractor.ExtractAsync(Path.Combine(Files, "libreoffice-three-forms.docx"));

        Assert.Equal("Sheet1!D8", workbook.Forms[0].Funding!.Total!.InitialBudget!.Ref);
        Assert.Matches(@"^table\[1\]/row\[\d+\]/column\[\d+\]$", document.Forms[0].Funding!.Total!.InitialBudget!.Ref);
        Assert.Contains("\"ref\": \"Sheet1!D8\"", DocumentJson.Serialize(workbook), StringComparison.Ordinal);
    }

    /// <summary>The DOCX with its main part's content type that of a macro-enabled document, as Word saves a .docm.</summary>
    private static byte[] MacroEnabled(byte[] docx)
    {
        using var bytes = new MemoryStream();
        bytes.Write(docx);
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("[Content_Types].xml")!;
            string types;
            using (var reader = new StreamReader(entry.Open()))
            {
                types = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write(types.Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal));
        }

        return bytes.ToArray();
    }
}
