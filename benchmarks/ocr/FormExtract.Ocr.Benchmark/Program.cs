using System.Diagnostics;
using System.Globalization;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Ocr;
using FormExtract.Synthetic.Scoring;

// Side by side on the same scans: FormExtract's cell-by-cell OCR (scored field by field against the
// ground truth) and the plain tesseract CLI on whole pages (its figures matched to the truth's number
// fields as well as they can be). Usage: FormExtract.Ocr.Benchmark <scan folder> [--cli] [--out folder]
var folder = args.Length > 0 ? args[0] : throw new ArgumentException("usage: <scan folder> [--cli] [--out folder]");
var runCli = args.Contains("--cli");
var outIndex = Array.IndexOf(args, "--out");
var outFolder = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;
using var reader = new ImageTableReader();
var extractor = new DocumentExtractor([reader], FormAssembler.Default, FormValidator.CreateDefault());
var total = AccuracyReport.Empty;
var cliTotal = new CliScore(0, 0);
double ours = 0, cli = 0;
var pages = 0;
foreach (var truthPath in Directory.EnumerateFiles(folder, "*.expected.json").Order(StringComparer.Ordinal))
{
    var truth = DocumentJson.Deserialize(File.ReadAllText(truthPath));
    var input = Path.Combine(folder, truth.Source.Path);
    var clock = Stopwatch.StartNew();
    var result = extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(input)), CancellationToken.None);
    var seconds = clock.Elapsed.TotalSeconds;
    var filePages = result.Document.Source.Pages ?? 1;
    var report = AccuracyScorer.Score(truth.Source.Path, truth, result.Document);
    total = total.Add(report);
    (ours, pages) = (ours + seconds, pages + filePages);
    if (outFolder is not null)
    {
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, truth.Source.Path + ".json"), DocumentJson.Serialize(result.Document));
    }

    var line = string.Create(CultureInfo.InvariantCulture, $"{truth.Source.Path}: {filePages} page(s), FormExtract {report.CorrectCount}/{report.FieldCount} fields, numbers {report.AccuracyOf(FieldKind.Number):P2}, {seconds / filePages:0.0} s/page");
    if (runCli)
    {
        var (score, cliSeconds) = PlainTesseract.Run(input, truth);
        cliTotal = cliTotal.Add(score);
        cli += cliSeconds;
        line += string.Create(CultureInfo.InvariantCulture, $"; tesseract CLI numbers {score.Accuracy:P2}, {cliSeconds / filePages:0.0} s/page");
    }

    Console.WriteLine(line);
}

Console.WriteLine();
Console.WriteLine(total.ToText(examples: 60));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FormExtract: {ours / Math.Max(1, pages):0.00} s/page over {pages} pages"));
if (runCli)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tesseract CLI (whole page, chi_sim, psm 3): numbers {cliTotal.Matched}/{cliTotal.Expected} = {cliTotal.Accuracy:P2}, {cli / Math.Max(1, pages):0.00} s/page"));
}
