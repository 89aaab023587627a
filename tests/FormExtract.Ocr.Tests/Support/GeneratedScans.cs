using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
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
        var read = Read(options);
        var report = read.Aggregate(AccuracyReport.Empty, (sum, file) => sum.Add(AccuracyScorer.Score(file.Name, file.Truth, file.Document)));
        return ([.. read.Select(f => f.Path)], report);
    }

    /// <summary>
    /// The files made for the options <paramref name="options"/> gives for a temporary folder, each with its truth and
    /// the document read from it (schema-valid, read by OCR), by its path below the folder; the folder is deleted after.
    /// </summary>
    public static IReadOnlyList<(string Path, string Name, FormDocument Truth, FormDocument Document)> Read(Func<string, CorpusOptions> options)
    {
        var folder = Directory.CreateTempSubdirectory("formextract-generated-").FullName;
        try
        {
            using var reader = new ImageTableReader();
            var chosen = options(folder);
            var files = new CorpusBuilder(chosen, new ExternalRenderers(new ExternalRendererOptions(), Logger.None), Logger.None).Build(CancellationToken.None);
            var extractor = new DocumentExtractor([reader], FormAssembler.Default, FormValidator.CreateDefault());
            var read = new List<(string, string, FormDocument, FormDocument)>();
            foreach (var file in files)
            {
                var truth = DocumentJson.Deserialize(File.ReadAllText(GroundTruth.PathFor(file)));
                var document = extractor.Extract(new InputFile(truth.Source.Path, File.ReadAllBytes(file)), CancellationToken.None).Document;
                SchemaAssert.ValidDocument(DocumentJson.Serialize(document));
                Assert.True(document.Source.Ocr);
                read.Add((file, Path.GetRelativePath(chosen.OutputDirectory, file), truth, document));
            }

            return read;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
