using System.IO.Compression;
using System.Text;
using FormExtract.Core.Ingestion;

namespace FormExtract.Office;

/// <summary>
/// Tells an Office file by its bytes, not its name: a ZIP package holding <c>word/document.xml</c> is a Word
/// document and one holding <c>xl/workbook.xml</c> a workbook; a compound file (OLE2) holding a
/// <c>WordDocument</c> stream is a legacy Word file (DOC, or WPS, which WPS Office writes in the same form), one
/// holding <c>Workbook</c> or <c>Book</c> a legacy workbook (XLS, ET), and one holding <c>EncryptedPackage</c> a
/// password-protected DOCX or XLSX (Office wraps an encrypted package in a compound file). The name only decides
/// what the bytes cannot: the kind of a damaged ZIP whose entries cannot be listed, of an encrypted package.
/// </summary>
public static class OfficeSniffer
{
    public const string EncryptedCode = "office-encrypted";
    public const string UnreadableCode = "office-unreadable";

    private static readonly byte[] CompoundSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Stream names as a compound file's directory stores them: UTF-16LE, ended by a NUL.
    private static readonly byte[] EncryptedPackage = Utf16Name("EncryptedPackage");
    private static readonly byte[] WordDocument = Utf16Name("WordDocument");
    private static readonly byte[] WpsContent = Utf16Name("WpsContent");
    private static readonly byte[] Workbook = Utf16Name("Workbook");
    private static readonly byte[] Book = Utf16Name("Book");

    /// <summary>The Office file the bytes are, or null when they are none.</summary>
    public static OfficeFile? Sniff(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bytes = file.Bytes.Span;
        if (bytes.StartsWith(CompoundSignature))
        {
            return Compound(bytes, file.Extension);
        }

        return bytes.StartsWith("PK\u0003\u0004"u8) ? Package(file) : null;
    }

    private static OfficeFile? Compound(ReadOnlySpan<byte> bytes, string extension)
    {
        if (bytes.IndexOf(EncryptedPackage) >= 0)
        {
            var kind = extension is ".xlsx" or ".xlsm" or ".xlsb" or ".xls" or ".et" ? OfficeKind.Workbook : OfficeKind.Word;
            return new OfficeFile(kind, IsLegacy: false)
            {
                ProblemCode = EncryptedCode,
                Problem = "it is password-protected (an encrypted Office package); it cannot be read without its password",
            };
        }

        if (bytes.IndexOf(WordDocument) >= 0 || bytes.IndexOf(WpsContent) >= 0)
        {
            return new OfficeFile(OfficeKind.Word, IsLegacy: true);
        }

        return bytes.IndexOf(Workbook) >= 0 || bytes.IndexOf(Book) >= 0 ? new OfficeFile(OfficeKind.Workbook, IsLegacy: true) : null;
    }

    private static OfficeFile? Package(InputFile file)
    {
        try
        {
            using var zip = new ZipArchive(PackageStream.Of(file.Bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return names.Contains("word/document.xml") ? new OfficeFile(OfficeKind.Word, IsLegacy: false)
                : names.Contains("xl/workbook.xml") ? new OfficeFile(OfficeKind.Workbook, IsLegacy: false)
                : null;
        }
        catch (InvalidDataException exception)
        {
            // The entries' own headers still name them where the directory at the end is lost or damaged.
            var bytes = file.Bytes.Span;
            OfficeKind? kind = bytes.IndexOf("word/"u8) >= 0 || file.Extension is ".docx" or ".docm" ? OfficeKind.Word
                : bytes.IndexOf("xl/"u8) >= 0 || file.Extension is ".xlsx" or ".xlsm" ? OfficeKind.Workbook
                : null;
            return kind is { } k
                ? new OfficeFile(k, IsLegacy: false) { ProblemCode = UnreadableCode, Problem = $"its ZIP package is damaged ({exception.Message.TrimEnd('.')})" }
                : null;
        }
    }

    private static byte[] Utf16Name(string name) => Encoding.Unicode.GetBytes(name + "\0");
}
