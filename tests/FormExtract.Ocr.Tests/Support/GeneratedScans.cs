using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Synthetic.Corpus;
using FormExtract.Synthetic.Rendering;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Serilog.Core;

namespace FormExtract.Ocr.Tests.Support;

/// <summary>Forms the generator prints and scans or photographs, read through the whole pipeline and scored against their truth.</summary>
internal static class GeneratedScans
{
    /// <summary>
    /// The files made for the options <paramref name="options"/> gives for a temporary folder, read by a reader of
    /// their own and scored; the folder is deleted after (the files' paths are only names then).
    /// </summary>
    public static (IReadOnlyList<string> Files, AccuracyReport Report) ReadAndScore(Func<string, CorpusOptions> options)
    {
        var folder = Directory.CreateTempSubdirectory("formextract-generated-").FullName;
        try
        {
            using var reader = new ImageTableReader();
            return ReadAndScore(options(folder), reader);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The files made for <paramref name="options"/>, and their accuracy; each document is schema-valid and read by OCR.</summary>
    private static (IReadOnlyList<string> Files, AccuracyReport Report) ReadAndScore(CorpusOptions options, ImageTableReader reader)
    {
        var files = new CorpusBuilder(options, new ExternalRenderers(new ExternalRendererOptions(), Logger.None), Logger.None).Build(CancellationToken.None);
        var extractor = new DocumentExtractor([reader], FormAssembler.Default, FormValidator.CreateDefault());
        var report = AccuracyReport.Empty;
        foreach (var file in files)
        {
            var truth = DocumentJson.Deserialize(File.ReadAllText(GroundTruth.PathFor(file)));
            var document = extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(file)), CancellationToken.None).Document;
            SchemaAssert.ValidDocument(DocumentJson.Serialize(document));
            Assert.True(document.Source.Ocr);
            report = report.Add(AccuracyScorer.Score(Path.GetRelativePath(options.OutputDirectory, file), truth, document));
        }

        return (files, report);
    }
}
