using System.IO.Compression;
using FormExtract.Core.Confidence;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace FormExtract.Ml;

/// <summary>
/// Trains the confidence model: gradient-boosted trees (FastTree) on all the cells, then an isotonic calibrator, so
/// that the probabilities it gives are shares of right cells, not scores. The calibrator is fitted on scores the
/// trees never saw (cross-fitting): the cells are cut into five folds by their content (<see cref="Fold"/>), each
/// fold is scored by trees trained on the other four, and the calibrator is fitted on all those scores. Every
/// cell so both trains the trees and calibrates, where a fifth set aside for calibration left the trees a fifth
/// fewer cells and the calibrator a few dozen wrong ones, whose chance split moved whole bands by points. The
/// <c>disputed</c> feature is held at 0, which the trees cannot split on: too few cells carry it for trees to weigh
/// it steadily, and a model file weighs it by a ceiling of its own (<see cref="Ceilings"/>). One thread and
/// fixed seeds: the same cells give the same model, byte for byte.
/// </summary>
public sealed class ConfidenceTrainer(int trees = 200, int leaves = 20, int minimumPerLeaf = 10, double learningRate = 0.05)
{
    private const int Folds = 5;

    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Train(IReadOnlyList<LabelledCell> cells, Stream output)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(output);
        if (cells.Count == 0 || cells.All(c => c.Right) || cells.All(c => !c.Right))
        {
            throw new ArgumentException("Training needs cells read right and cells read wrong.", nameof(cells));
        }

        // The dispute held at 0 (see the class).
        cells = [.. cells.Select(c => c.HeldAtZero([CellFeatures.DisputedIndex]))];
        var ml = new MLContext(seed: 1);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minimumPerLeaf,
            LearningRate = learningRate,
            NumberOfThreads = 1,
            Seed = 1,
            FeatureColumnName = nameof(CellRow.Features),
            LabelColumnName = nameof(CellRow.Label),
        });
        var folds = cells.Select(Fold).ToArray();
        var heldScores = new List<ScoredCell>(cells.Count);
        for (var fold = 0; fold < Folds; fold++)
        {
            var inside = cells.Where((_, i) => folds[i] != fold).ToArray();
            var outside = cells.Where((_, i) => folds[i] == fold).ToArray();
            if (outside.Length == 0 || inside.All(c => c.Right) || inside.All(c => !c.Right))
            {
                continue;
            }

            var scored = trainer.Fit(Data(ml, inside)).Transform(Data(ml, outside));
            heldScores.AddRange(scored.GetColumn<float>("Score").Zip(outside, (score, cell) => new ScoredCell { Score = score, Label = cell.Right }));
        }

        var boosted = trainer.Fit(Data(ml, cells));
        var calibrator = ml.BinaryClassification.Calibrators.Isotonic(labelColumnName: nameof(ScoredCell.Label), scoreColumnName: nameof(ScoredCell.Score));
        var calibrated = calibrator.Fit(ml.Data.LoadFromEnumerable(heldScores));
        var model = boosted.Append(calibrated);
        using var saved = new MemoryStream();
        ml.Model.Save(model, Data(ml, cells.Take(1).ToArray()).Schema, saved);
        WithoutTimes(saved, output);
    }

    /// <summary>
    /// A two-part model file (<see cref="ConfidenceModel.TwoParts"/>): <paramref name="recognised"/> scores cells read
    /// by OCR, <paramref name="printed"/> printed cells, and <paramref name="coarse"/>, when given, cells read by OCR
    /// from coarse pages (<see cref="ConfidenceModel.CoarseEntry"/>); all are ML.NET model files as <see cref="Train"/>
    /// writes them. <paramref name="ceilings"/>, when given, cap the cells of their kinds (<see cref="CappedCells"/>).
    /// </summary>
    public static void Combine(byte[] recognised, byte[] printed, Stream output, byte[]? coarse = null, Ceilings? ceilings = null)
    {
        ArgumentNullException.ThrowIfNull(recognised);
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(output);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var parts = new List<(string, byte[])> { (ConfidenceModel.RecognisedEntry, recognised), (ConfidenceModel.PrintedEntry, printed) };
        if (coarse is not null)
        {
            parts.Add((ConfidenceModel.CoarseEntry, coarse));
        }

        foreach (var (kind, ceiling) in (ceilings ?? Ceilings.None).Held)
        {
            parts.Add((kind.Entry, ceiling.ToJson()));
        }

        foreach (var (name, bytes) in parts)
        {
            // Stored, not compressed again: each part is a zip already.
            var entry = target.CreateEntry(name, CompressionLevel.NoCompression);
            entry.LastWriteTime = FixedTime;
            using var to = entry.Open();
            to.Write(bytes);
        }
    }

    /// <summary>
    /// The two-part file of <see cref="Combine"/> with each kind's ceiling measured on <paramref name="cells"/> as
    /// that file scores them; where they hold no cell of a kind its parts are sure of, that kind's ceiling in
    /// <paramref name="kept"/> (those of the file whose parts are kept), if any. Returns the ceilings written.
    /// </summary>
    public static Ceilings CombineMeasured(byte[] recognised, byte[] printed, byte[]? coarse, IReadOnlyCollection<LabelledCell> cells, Ceilings kept, Stream output)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(kept);
        using var without = new MemoryStream();
        Combine(recognised, printed, without, coarse);
        var ceilings = Ceilings.Measure(ConfidenceModel.Read(without.ToArray(), "the model being written"), cells).Or(kept);
        Combine(recognised, printed, output, coarse, ceilings);
        return ceilings;
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

    /// <summary>
    /// The cell's fold: a stable hash (FNV-1a) of its path, its features' bits and its label, so that copies of one
    /// cell (a sample's cells counted as many as they stand for) fall in one fold and the calibrator never weighs a
    /// score of trees that learnt the cell. The folds depend on no random generator's version.
    /// </summary>
    internal static int Fold(LabelledCell cell)
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
        return (int)(hash % Folds);
    }

    private static IDataView Data(MLContext ml, IReadOnlyList<LabelledCell> cells) =>
        ml.Data.LoadFromEnumerable(cells.Select(c => new CellRow { Label = c.Right, Features = c.Features }), Schema.Of());

    /// <summary>A cell's score from trees that did not learn it, and whether it was read right: what the calibrator is fitted on.</summary>
    private sealed class ScoredCell
    {
        public float Score { get; set; }

        public bool Label { get; set; }
    }
}
