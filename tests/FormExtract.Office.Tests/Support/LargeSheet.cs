using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace FormExtract.Office.Tests.Support;

/// <summary>A workbook of one sheet holding a few cells on top and then many more rows, written straight into the ZIP entry.</summary>
internal static class LargeSheet
{
    /// <param name="rows">Rows after the first three.</param>
    /// <param name="withValues">Whether each such row holds a number, or only an empty styled cell (as a sheet formatted to its end).</param>
    public static byte[] Write(int rows, bool withValues)
    {
        var sheet = Packages.Xlsx([("Sheet1", "<sheetData/>", null)]);
        using var bytes = new MemoryStream();
        bytes.Write(sheet);
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            writer.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>财政项目支出绩效自评表</t></is></c></row>");
            writer.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>项目名称</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>某项目</t></is></c></row>");
            writer.Write("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>总分</t></is></c><c r=\"B3\"><v>100</v></c></row>");
            for (var r = 4; r < 4 + rows; r++)
            {
                var n = r.ToString(CultureInfo.InvariantCulture);
                writer.Write(withValues ? $"<row r=\"{n}\"><c r=\"A{n}\"><v>{n}</v></c></row>" : $"<row r=\"{n}\"><c r=\"A{n}\" s=\"0\"/></row>");
            }

            writer.Write("</sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>");
        }

        return bytes.ToArray();
    }
}
