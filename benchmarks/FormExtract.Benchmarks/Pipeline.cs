using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Confidence;
using FormExtract.Core.Forms;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Testing;

namespace FormExtract.Benchmarks;

/// <summary>Read, reconstruct, validate and serialise one text file: the work the CLI does per file; scored by a confidence model or not.</summary>
internal sealed class Pipeline(CellConfidence? confidence = null)
{
    private readonly DocumentExtractor _extractor = new([new TextDumpReader()], FormAssembler.Default, FormValidator.CreateDefault(), confidence);

    /// <summary>The pipeline with the confidence model that comes with FormExtract, as the CLI runs it.</summary>
    public static Pipeline Scored() => new(Ml.ConfidenceModel.Load(Repository.Path("models", "confidence.zip")).Confidence(0.9));

    public (int Forms, int Bytes) Run(string name, byte[] input)
    {
        var document = _extractor.Extract(new InputFile(name, input), CancellationToken.None).Document;
        // Written as the CLI writes a file, to a stream; the bytes themselves are not needed.
        var output = new CountingStream();
        DocumentJson.WriteTo(output, document);
        return (document.Forms.Count, (int)output.Length);
    }
}
