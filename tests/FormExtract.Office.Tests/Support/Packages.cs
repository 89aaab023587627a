using System.IO.Compression;
using System.Text;

namespace FormExtract.Office.Tests.Support;

/// <summary>Small Word and Excel packages written part by part, as the tests need them: the XML given is the part's own.</summary>
internal static class Packages
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A DOCX whose body is <paramref name="body"/> (or a DOCM when <paramref name="macroEnabled"/>).</summary>
    public static byte[] Docx(string body, bool macroEnabled = false)
    {
        var main = macroEnabled ? "application/vnd.ms-word.document.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        return Zip(
            ("[Content_Types].xml", $"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"{main}\"/></Types>"),
            ("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", $"<w:document xmlns:w=\"{Word}\"><w:body>{body}</w:body></w:document>"));
    }

    /// <summary>An XLSX of the given sheets (name, <c>sheetData</c> and what follows it, state), styles and shared strings.</summary>
    public static byte[] Xlsx(IReadOnlyList<(string Name, string Content, string? State)> sheets, string styles = "", string strings = "", bool macroEnabled = false)
    {
        var main = macroEnabled ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{main}\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) + "</Types>"),
            ("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + $"<Relationship Id=\"rIdS\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdT\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
            ("xl/workbook.xml", $"<workbook xmlns=\"{Sheet}\" xmlns:r=\"{Relationships}\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{s.Name}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"{(s.State is { } state ? $" state=\"{state}\"" : string.Empty)}/>")) + "</sheets></workbook>"),
            ("xl/styles.xml", $"<styleSheet xmlns=\"{Sheet}\">{styles}</styleSheet>"),
            ("xl/sharedStrings.xml", $"<sst xmlns=\"{Sheet}\">{strings}</sst>"),
        };
        parts.AddRange(sheets.Select((s, i) => ($"xl/worksheets/sheet{i + 1}.xml", $"<worksheet xmlns=\"{Sheet}\">{s.Content}</worksheet>")));
        return Zip([.. parts]);
    }

    /// <summary>Cell styles over number formats: style i has the i-th format id; ids from 164 are defined by their codes.</summary>
    public static string Styles(params (int Id, string? Code)[] formats) =>
        (formats.Any(f => f.Code is not null) ? "<numFmts>" + string.Concat(formats.Where(f => f.Code is not null).Select(f => $"<numFmt numFmtId=\"{f.Id}\" formatCode=\"{f.Code!.Replace("\"", "&quot;", StringComparison.Ordinal)}\"/>")) + "</numFmts>" : string.Empty)
        + "<cellXfs>" + string.Concat(formats.Select(f => $"<xf numFmtId=\"{f.Id}\"/>")) + "</cellXfs>";

    public static byte[] Zip(params (string Name, string Xml)[] parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
            }
        }

        return bytes.ToArray();
    }
}
