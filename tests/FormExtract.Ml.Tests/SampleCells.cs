using FormExtract.Core.Confidence;

namespace FormExtract.Ml.Tests;

/// <summary>The committed sample of cells read from generated scans (Fixtures/README.md) and small models of it.</summary>
internal static class SampleCells
{
    /// <summary>The sample's cells, all read by OCR.</summary>
    public static readonly IReadOnlyList<LabelledCell> Read =
        [.. CellsFile.Read(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cells.tsv")))];

    /// <summary>Printed cells: the sample's with the recogniser's figures gone.</summary>
    public static LabelledCell[] Printed() =>
        [.. Read.Select(c => c with { Features = [.. c.Features.Select((f, i) => i is 0 or 1 ? -1 : i == CellFeatures.RecognisedIndex ? 0 : f)] })];

    /// <summary>A small model of the cells, as a model file's bytes.</summary>
    public static byte[] TrainSmall(IReadOnlyList<LabelledCell> cells)
    {
        using var output = new MemoryStream();
        new ConfidenceTrainer(trees: 10, leaves: 8, minimumPerLeaf: 5).Train(cells, output);
        return output.ToArray();
    }
}
