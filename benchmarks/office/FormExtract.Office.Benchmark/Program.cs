using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Pipeline;
using FormExtract.Html;
using FormExtract.Office.Sheets;
using FormExtract.Office.Word;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Layouts;
using FormExtract.Synthetic.Rendering;

// "throughput FORMS ROUNDS": the same forms (every layout, two to a file) read from HTML, DOCX and XLSX in
// process, the three taken in turn each round; prints forms per CPU second and per wall second for each.
// "large PATH ROWS": writes a workbook holding one small table and then ROWS empty rows (benchmarks/office/run.sh).
// "files DIR FORMS": writes the same files into DIR/html, DIR/docx and DIR/xlsx, for the CLI.
if (args is ["large", var path, var rows])
{
    LargeWorkbook(path, int.Parse(rows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["files", var folder, var count])
{
    foreach (var (kind, written) in Render(int.Parse(count, CultureInfo.InvariantCulture)))
    {
        Directory.CreateDirectory(Path.Combine(folder, kind));
        foreach (var file in written)
        {
            File.WriteAllBytes(Path.Combine(folder, kind, file.Path), file.Bytes.ToArray());
        }
    }

    return;
}

var formCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var files = Render(formCount);
var extractor = DocumentExtractor.WithReaders(new DocxTableReader(), new XlsxSheetReader(), new HtmlTableReader());
var results = files.Keys.ToDictionary(k => k, _ => new List<(double Cpu, double Wall)>());
foreach (var kind in files.Keys)
{
    Read(extractor, files[kind]);
}

for (var round = 0; round < rounds; round++)
{
    foreach (var kind in files.Keys)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var forms = Read(extractor, files[kind]);
        var wall = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        results[kind].Add((forms / used, forms / wall));
    }
}

Console.WriteLine($"{formCount} forms of {SyntheticLayouts.All.Count} layouts, two to a file, {rounds} rounds (kinds alternating):");
foreach (var (kind, figures) in results)
{
    var bytes = files[kind].Sum(f => f.Bytes.Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {kind,-5} {figures.Min(f => f.Cpu),7:0}–{figures.Max(f => f.Cpu),-7:0} forms per CPU second   {figures.Min(f => f.Wall),7:0}–{figures.Max(f => f.Wall),-7:0} per wall second   ({bytes / 1024.0 / files[kind].Count:0.0} KB a file)"));
}

static int Read(DocumentExtractor extractor, IReadOnlyList<InputFile> files)
{
    var forms = 0;
    foreach (var file in files)
    {
        forms += extractor.Extract(file, CancellationToken.None).Document.Forms.Count;
    }

    return forms;
}

static Dictionary<string, IReadOnlyList<InputFile>> Render(int formCount)
{
    var html = new List<InputFile>();
    var docx = new List<InputFile>();
    var xlsx = new List<InputFile>();
    var perLayout = Math.Max(2, formCount / SyntheticLayouts.All.Count);
    foreach (var layout in SyntheticLayouts.All)
    {
        var forms = new FormGenerator(new GeneratorOptions(seed: 909, formCount: perLayout, errorFraction: 0.3, layout: layout)).Generate();
        var random = new Random(909);
        foreach (var (pair, index) in forms.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var printed = FormGenerator.Index(pair);
            var grids = printed.Select(f => layout.Printer.Grid(f, random)).ToArray();
            var style = OfficeStyle.Standard[index % OfficeStyle.Standard.Count];
            html.Add(new InputFile($"{layout.Id}-{index}.html", new GridHtmlRenderer(HtmlStyle.Standard[0]).Render(printed, grids).Bytes));
            docx.Add(new InputFile($"{layout.Id}-{index}.docx", new GridDocxRenderer(style).Render(printed, grids, random).Bytes));
            xlsx.Add(new InputFile($"{layout.Id}-{index}.xlsx", new GridXlsxRenderer(style).Render(printed, grids, random).Bytes));
        }
    }

    return new() { ["html"] = html, ["docx"] = docx, ["xlsx"] = xlsx };
}

static void LargeWorkbook(string path, int rows)
{
    const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    using var file = File.Create(path);
    using var zip = new ZipArchive(file, ZipArchiveMode.Create);
    void Part(string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    Part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    Part("_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    Part("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    Part("xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
    sheet.Write($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>财政项目支出绩效自评表</t></is></c></row>");
    for (var r = 2; r < rows + 2; r++)
    {
        sheet.Write($"<row r=\"{r}\"><c r=\"A{r}\" s=\"0\"/></row>");
    }

    sheet.Write("</sheetData></worksheet>");
}
