using System.Diagnostics;
using System.Globalization;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;
using FormExtract.Pdf;

// Full extraction of every PDF in a folder as the batch runs a file: read (PdfPig, grid, stitching),
// assemble the forms, validate, write the JSON. Files run one after another, or WORKERS at a time
// (parallelism per document, as the batch runner does it). Prints one result line.
if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    await Console.Error.WriteLineAsync("usage: FormExtract.Pdf.Benchmark <folder of PDFs> [workers]").ConfigureAwait(false);
    return 2;
}

var workers = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
IValidationRule[] rules = [];
var extractor = new DocumentExtractor([new PdfTableReader()], new FormAssembler(CategoryVocabulary.Default), new FormValidator(rules));
var files = Directory.GetFiles(args[0], "*.pdf").Order(StringComparer.Ordinal).ToArray();
int pages = 0, forms = 0, failures = 0;
long bytes = 0;
var clock = Stopwatch.StartNew();
Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = workers }, path =>
{
    var file = new InputFile(Path.GetFileName(path), File.ReadAllBytes(path));
    var result = extractor.Extract(file, CancellationToken.None);
    Interlocked.Add(ref bytes, DocumentJson.SerializeToUtf8(result.Document).Length);
    Interlocked.Add(ref pages, result.Document.Source.Pages ?? 0);
    Interlocked.Add(ref forms, result.Document.Forms.Count);
    Interlocked.Add(ref failures, result.Succeeded ? 0 : 1);
});

clock.Stop();
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"workers={workers} files={files.Length} pages={pages} forms={forms} failures={failures} json_bytes={bytes} seconds={seconds:F3} pages_per_second={pages / seconds:F1}"));
return failures == 0 ? 0 : 1;
