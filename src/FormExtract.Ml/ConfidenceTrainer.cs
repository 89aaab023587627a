using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace FormExtract.Ml;

/// <summary>
/// Trains the confidence model: gradient-boosted trees (FastTree) on four fifths of the cells, then an isotonic
/// calibrator fitted on the fifth left out (chosen by each cell's content, <see cref="Calibrates"/>), so that the probabilities it gives are shares of right cells, not
/// scores. One thread and fixed seeds: the same cells give the same model, byte for byte.
/// </summary>
public sealed class ConfidenceTrainer(int trees = 50, int leaves = 20, int minimumPerLeaf = 10)
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Train(IReadOnlyList<LabelledCell> cells, Stream output)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(output);
        if (cells.Count == 0 || cells.All(c => c.Right) || cells.All(c => !c.Right))
        {
            throw new ArgumentException("Training needs cells read right and cells read wrong.", nameof(cells));
        }

        var ml = new MLContext(seed: 1);
        // One cell in five calibrates, chosen by what the cell is (its path and features), not by its place in the
        // list: copies of one cell (a sample's cells counted as many as they stand for) fall on the same side, so
        // the calibrator never weighs a cell the trees learnt. The split depends on no random generator's version.
        var train = cells.Where(c => !Calibrates(c)).ToArray();
        var calibrate = cells.Where(Calibrates).ToArray();
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minimumPerLeaf,
            NumberOfThreads = 1,
            Seed = 1,
            FeatureColumnName = nameof(CellRow.Features),
            LabelColumnName = nameof(CellRow.Label),
        });
        var boosted = trainer.Fit(Data(ml, train));
        var calibrator = ml.BinaryClassification.Calibrators.Isotonic(labelColumnName: nameof(CellRow.Label));
        var calibrated = calibrator.Fit(boosted.Transform(Data(ml, calibrate)));
        var model = boosted.Append(calibrated);
        using var saved = new MemoryStream();
        ml.Model.Save(model, Data(ml, train.Take(1).ToArray()).Schema, saved);
        WithoutTimes(saved, output);
    }

    /// <summary>
    /// A two-part model file (<see cref="ConfidenceModel.TwoParts"/>): <paramref name="recognised"/> scores cells read
    /// by OCR, <paramref name="printed"/> printed cells; both are ML.NET model files as <see cref="Train"/> writes them.
    /// </summary>
    public static void Combine(byte[] recognised, byte[] printed, Stream output)
    {
        ArgumentNullException.ThrowIfNull(recognised);
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(output);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, bytes) in new[] { (ConfidenceModel.RecognisedEntry, recognised), (ConfidenceModel.PrintedEntry, printed) })
        {
            // Stored, not compressed again: each part is a zip already.
            var entry = target.CreateEntry(name, CompressionLevel.NoCompression);
            entry.LastWriteTime = FixedTime;
            using var to = entry.Open();
            to.Write(bytes);
        }
    }

    /// <summary>The model's zip written again with one fixed time on every entry: ML.NET stamps the time of saving, which would make each training's file differ.</summary>
    private static void WithoutTimes(MemoryStream saved, Stream output)
    {
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>Whether the cell is one of the fifth that calibrates: a stable hash (FNV-1a) of its path, its features' bits and its label.</summary>
    internal static bool Calibrates(LabelledCell cell)
    {
        var hash = 2166136261u;
        void Mix(uint value)
        {
            for (var b = 0; b < 4; b++)
            {
                hash = unchecked((hash ^ ((value >> (8 * b)) & 0xff)) * 16777619u);
            }
        }

        foreach (var ch in cell.Path)
        {
            Mix(ch);
        }

        foreach (var feature in cell.Features)
        {
            Mix(BitConverter.SingleToUInt32Bits(feature));
        }

        Mix(cell.Right ? 1u : 0u);
        return hash % 5 == 4;
    }

    private static IDataView Data(MLContext ml, IReadOnlyList<LabelledCell> cells) =>
        ml.Data.LoadFromEnumerable(cells.Select(c => new CellRow { Label = c.Right, Features = c.Features }), Schema.Of());
}
