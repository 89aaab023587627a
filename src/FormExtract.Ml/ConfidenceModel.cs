using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FormExtract.Core.Confidence;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace FormExtract.Ml;

/// <summary>
/// A trained confidence model loaded from its file: each cell's features to the probability that its value is
/// right. The boosted trees and the calibrator are taken out of the ML.NET model once, when it is loaded, and
/// evaluated directly: scoring a cell is a walk down its part's small trees (200 for cells read by OCR, 50 for
/// printed ones, whose probabilities are also remembered), with no data view built per call, so that scoring adds
/// little to reading a text file. A measure the two recognisers read differently, or an indicator's figure that breaks
/// its row's rules with other readings beside it, is given no more than the file's ceiling for such cells, where it
/// has one (<see cref="Ceilings"/>). Scoring is thread-safe (nothing is
/// written after loading but the printed cells' remembered probabilities, kept in a concurrent dictionary), so one
/// model serves every worker of a batch run.
/// </summary>
public sealed class ConfidenceModel
{
    /// <summary>The entry of a two-part model file that scores cells read by OCR.</summary>
    public const string RecognisedEntry = "recognised.zip";

    /// <summary>The entry of a two-part model file that scores printed cells (text, HTML, Office files, a PDF's text layer).</summary>
    public const string PrintedEntry = "printed.zip";

    /// <summary>
    /// The entry, beside the two parts, that scores cells read by OCR from coarse pages (<see cref="CellFeatures.Coarse"/>):
    /// low resolution or black and white. A file without it scores those cells by its recognised part.
    /// </summary>
    public const string CoarseEntry = "coarse.zip";

    private readonly MLContext _ml;
    private readonly Part _recognised;
    private readonly Part _printed;
    private readonly Part? _coarse;
    private readonly PrintedScores _printedScores = new();
    private readonly PrintedScores.Score _scorePrinted;

    private ConfidenceModel(MLContext ml, Part recognised, Part printed, Part? coarse = null, Ceilings? ceilings = null)
    {
        _ml = ml;
        _recognised = recognised;
        _printed = printed;
        _coarse = coarse;
        Ceilings = ceilings ?? Ceilings.None;
        // Made once: a method group passed per cell would be a delegate allocated per cell.
        _scorePrinted = printed.Probability;
    }

    /// <summary>Whether cells read by OCR and printed cells are scored by models of their own (a two-part file).</summary>
    public bool TwoParts => !ReferenceEquals(_recognised, _printed);

    /// <summary>Whether cells read by OCR from coarse pages are scored by a part of their own (<see cref="CoarseEntry"/>).</summary>
    public bool HasCoarsePart => _coarse is not null;

    /// <summary>The most the cells of each capped kind are given, where the file holds their ceiling (<see cref="CappedCells.Entry"/>).</summary>
    public Ceilings Ceilings { get; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, DateTime Written, long Length), ConfidenceModel> Loaded = new();

    /// <summary>
    /// The model in <paramref name="path"/>, loaded once per file as it stands (its path, time and length): a
    /// command that checks the file before it starts, then makes its extractor, unpacks the model once.
    /// </summary>
    public static ConfidenceModel Shared(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(Path.GetFullPath(path));
        if (!file.Exists)
        {
            return Load(path);
        }

        var key = (file.FullName, file.LastWriteTimeUtc, file.Length);
        if (Loaded.TryGetValue(key, out var model))
        {
            return model;
        }

        // Loaded outside the dictionary: a file that fails to load is not remembered, and says so each time.
        model = Load(path);
        return Loaded.GetOrAdd(key, model);
    }

    /// <summary>The model in <paramref name="path"/>; a missing or unreadable file, or one made for other features, is an <see cref="InvalidDataException"/> naming it.</summary>
    public static ConfidenceModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{path}: the confidence model must be a file (models/confidence.zip), not a folder.");
        }

        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the confidence model file is missing (train it with models/train-confidence.sh, or turn the model off).");
        }

        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (UnauthorizedAccessException e)
        {
            // ML.NET unpacks a model under the temporary folder (TMPDIR) as it loads it.
            throw new InvalidDataException($"{path}: the confidence model could not be opened or unpacked under the temporary folder {Path.GetTempPath()} ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"{path}: the confidence model could not be read ({e.Message}).", e);
        }
    }

    /// <summary>
    /// The model whose file's bytes are <paramref name="bytes"/>; <paramref name="path"/> names it in errors. A model
    /// not yet written (one being trained) is read so as well.
    /// </summary>
    public static ConfidenceModel Read(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(path);
        var ml = new MLContext(seed: 1);
        if (Entries(bytes) is { } entries)
        {
            // Two parts: cells read by OCR and printed cells, whose errors differ in kind, each by its own model.
            // A part of an earlier version weighs its first features (19, 21, 22, 25 or 27), which mean what they meant then.
            var recognised = Part.Load(ml, path, entries.Recognised, [CellFeatures.FirstVersionCount, CellFeatures.SecondVersionCount, CellFeatures.ThirdVersionCount, CellFeatures.FourthVersionCount, CellFeatures.FifthVersionCount, CellFeatures.Count]);
            var printed = Part.Load(ml, path, entries.Printed, [CellFeatures.SecondVersionCount, CellFeatures.ThirdVersionCount, CellFeatures.FourthVersionCount, CellFeatures.FifthVersionCount, CellFeatures.Count]);
            var coarse = entries.Coarse is { } c ? Part.Load(ml, path, c, [CellFeatures.FifthVersionCount, CellFeatures.Count]) : null;
            return new ConfidenceModel(ml, recognised, printed, coarse, entries.Ceilings(path));
        }

        var part = Part.Load(ml, path, bytes, [CellFeatures.SecondVersionCount, CellFeatures.ThirdVersionCount, CellFeatures.FourthVersionCount, CellFeatures.FifthVersionCount, CellFeatures.Count]);
        return new ConfidenceModel(ml, part, part);
    }

    /// <summary>
    /// The entries of a two-part file, with its coarse part and its ceilings where it has them;
    /// null for a file that is one ML.NET model (or no zip at all, which loading then reports).
    /// </summary>
    public static ModelEntries? Entries(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read);
            if (zip.GetEntry(RecognisedEntry) is not { } recognised || zip.GetEntry(PrintedEntry) is not { } printed)
            {
                return null;
            }

            return new ModelEntries(
                Bytes(recognised),
                Bytes(printed),
                zip.GetEntry(CoarseEntry) is { } coarse ? Bytes(coarse) : null,
                zip.GetEntry(CappedCells.Disputed.Entry) is { } disputed ? Bytes(disputed) : null,
                zip.GetEntry(CappedCells.Contested.Entry) is { } contested ? Bytes(contested) : null);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        static byte[] Bytes(System.IO.Compression.ZipArchiveEntry entry)
        {
            using var from = entry.Open();
            using var to = new MemoryStream();
            from.CopyTo(to);
            return to.ToArray();
        }
    }

    /// <summary>The probability that each cell is right, in order.</summary>
    public IReadOnlyList<double> Probabilities(IReadOnlyList<float[]> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var probabilities = new double[features.Count];
        for (var i = 0; i < probabilities.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(features[i], nameof(features));
            probabilities[i] = Probability(features[i]);
        }

        return probabilities;
    }

    /// <summary>The probability that each cell is right, the cells' features given one after another (<see cref="CellScorer"/>).</summary>
    public void Probabilities(ReadOnlySpan<float> features, Span<double> probabilities)
    {
        var count = CellFeatures.Count;
        if (features.Length != probabilities.Length * count)
        {
            throw new ArgumentException($"{probabilities.Length} cells have {probabilities.Length * count} features, not {features.Length}", nameof(features));
        }

        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Probability(features.Slice(i * count, count));
        }
    }

    /// <summary>The probability that a cell with these features is right.</summary>
    public double Probability(ReadOnlySpan<float> features)
    {
        if (features.Length != CellFeatures.Count)
        {
            throw new ArgumentException($"a cell has {CellFeatures.Count} features, not {features.Length}", nameof(features));
        }

        // A recognised cell's features carry the recogniser's confidences, which rarely repeat: it is not remembered.
        if (features[CellFeatures.RecognisedIndex] <= 0)
        {
            return _printedScores.Get(features, _scorePrinted);
        }

        var probability = PartOf(features).Probability(features);
        return Ceilings.Cap(features, probability);
    }

    /// <summary>The part that scores a cell: printed, coarse (where the file has that part) or recognised.</summary>
    private Part PartOf(ReadOnlySpan<float> features) =>
        features[CellFeatures.RecognisedIndex] <= 0 ? _printed
        : _coarse is not null && CellFeatures.Coarse(features) ? _coarse
        : _recognised;

    /// <summary>
    /// The trees' scores and the probabilities as ML.NET's own pipeline computes them (a data view per call): the
    /// reference the trees are checked against, and the isotonic staircase the calibration is read through.
    /// </summary>
    internal IReadOnlyList<(double Score, double Probability)> ThroughMlNet(IReadOnlyList<float[]> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            return [];
        }

        return [.. features.Select(f =>
        {
            var part = PartOf(f);
            var data = _ml.Data.LoadFromEnumerable([new CellRow { Features = f[..part.Size] }], Schema.Of(part.Size));
            var prediction = _ml.Data.CreateEnumerable<CellPrediction>(part.Model.Transform(data), reuseRowObject: false).Single();
            return ((double)prediction.Score, (double)prediction.Probability);
        })];
    }

    /// <summary>The trees' score of each cell, before calibration, as the pipeline computes it.</summary>
    internal IReadOnlyList<double> Scores(IReadOnlyList<float[]> features) =>
        [.. features.Select(f => PartOf(f).Score(f))];

    /// <summary>The pipeline's cell confidence over this model, with <paramref name="threshold"/> as the review threshold.</summary>
    public CellConfidence Confidence(double threshold) => new((CellScorer)Probabilities, threshold);

    /// <summary>One ML.NET model, its trees, their bias and its calibrator taken out to be evaluated directly.</summary>
    private sealed class Part
    {
        private Forest _forest = null!;
        private Func<double, double> _calibrate = null!;

        public ITransformer Model { get; private init; } = null!;

        /// <summary>The features the model was trained on (the first of this version's).</summary>
        public int Size { get; private init; }

        public static Part Load(MLContext ml, string path, byte[] bytes, int[] sizes)
        {
            ITransformer model;
            DataViewSchema schema;
            try
            {
                model = ml.Model.Load(new MemoryStream(bytes), out schema);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentException or NotSupportedException or System.Reflection.TargetInvocationException)
            {
                throw new InvalidDataException($"{path}: not a confidence model FormExtract can load ({e.Message}).", e);
            }

            if (schema.GetColumnOrNull("Features") is not { Type: VectorDataViewType { Size: var size } } || !sizes.Contains(size))
            {
                throw new InvalidDataException($"{path}: the confidence model was trained on other features than the {CellFeatures.Count} this version computes; train it again.");
            }

            var parts = model is IEnumerable<ITransformer> chain ? chain.ToArray() : [model];
            var boosted = parts.Length == 2 && parts[1] is IPredictionTransformer<ICalibrator> { Model: not null } && parts[0] is IPredictionTransformer<object> first ? first.Model : null;
            var ensemble = boosted switch
            {
                FastTreeBinaryModelParameters fast => fast.TrainedTreeEnsemble,
                CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel.TrainedTreeEnsemble,
                _ => null,
            };
            if (ensemble is null)
            {
                throw new InvalidDataException($"{path}: not a confidence model FormExtract can load (it is not boosted trees followed by a calibrator); train it again.");
            }

            return new Part
            {
                Model = model,
                Size = size,
                _forest = Forest.Of(ensemble.Trees, ensemble.TreeWeights, ensemble.Bias, size),
                _calibrate = Calibration(((IPredictionTransformer<ICalibrator>)parts[1]).Model),
            };
        }

        public double Probability(ReadOnlySpan<float> features) => _calibrate(_forest.Score(features));

        public double Score(ReadOnlySpan<float> features) => _forest.Score(features);

        /// <summary>
        /// The calibrator as a function of the trees' score: an isotonic calibrator read through the centres of
        /// its steps (<see cref="CentredSteps"/>), any other as ML.NET gives it.
        /// </summary>
        private static Func<double, double> Calibration(ICalibrator calibrator) => calibrator switch
        {
            IsotonicCalibrator isotonic => CentredSteps.Of([.. isotonic.Mins], [.. isotonic.Maxes], [.. isotonic.Values]).At,
            _ => score => calibrator.PredictProbability((float)score),
        };
    }

    /// <summary>
    /// The trees of one model flattened into one array of nodes, each tree's leaves (weighted) into one array of
    /// leaves: a node goes left where its feature is at most its threshold; a negative child, and a negative root
    /// (a tree that is one leaf), is a leaf (its complement). Every index is checked when the trees are loaded, so
    /// that the walk, done once a tree for every cell, need not check them again.
    /// </summary>
    private sealed class Forest
    {
        private Node[] _nodes = [];
        private int[] _roots = [];
        private double[] _leaves = [];
        private double _bias;
        private int _size;

        public static Forest Of(IReadOnlyList<RegressionTree> trees, IReadOnlyList<double> weights, double bias, int size)
        {
            var nodes = new List<Node>();
            var roots = new int[trees.Count];
            var leaves = new List<double>();
            for (var t = 0; t < trees.Count; t++)
            {
                var tree = trees[t];
                if (tree.CategoricalSplitFlags.ToArray().Any(c => c))
                {
                    throw new NotSupportedException("a tree with categorical splits");
                }

                var left = tree.LeftChild;
                var right = tree.RightChild;
                var feature = tree.NumericalSplitFeatureIndexes;
                var threshold = tree.NumericalSplitThresholds;
                var values = tree.LeafValues;
                int nodeBase = nodes.Count, leafBase = leaves.Count;
                int Child(int child) => child >= 0 ? nodeBase + Checked(child, left.Count) : ~(leafBase + Checked(~child, values.Count));
                for (var i = 0; i < left.Count; i++)
                {
                    nodes.Add(new Node(Checked(feature[i], size), threshold[i], Child(left[i]), Child(right[i])));
                }

                foreach (var value in values)
                {
                    leaves.Add(value * weights[t]);
                }

                roots[t] = left.Count == 0 ? ~Checked(leafBase, leaves.Count) : nodeBase;
            }

            return new Forest { _nodes = [.. nodes], _roots = roots, _leaves = [.. leaves], _bias = bias, _size = size };
        }

        /// <summary>The bias plus each tree's leaf, added in the trees' order (as ML.NET adds them, so the sum is the same to the last bit).</summary>
        public double Score(ReadOnlySpan<float> features)
        {
            if (features.Length < _size)
            {
                throw new ArgumentException($"the model weighs {_size} features, not {features.Length}", nameof(features));
            }

            ref var node0 = ref MemoryMarshal.GetArrayDataReference(_nodes);
            ref var feature0 = ref MemoryMarshal.GetReference(features);
            var score = _bias;
            foreach (var root in _roots)
            {
                var at = root;
                while (at >= 0)
                {
                    ref readonly var node = ref Unsafe.Add(ref node0, at);
                    at = Unsafe.Add(ref feature0, node.Feature) <= node.Threshold ? node.Left : node.Right;
                }

                score += _leaves[~at];
            }

            return score;
        }

        private static int Checked(int index, int count) =>
            index >= 0 && index < count ? index : throw new InvalidDataException($"a tree refers to {index}, outside 0..{count - 1}");

        private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
    }

    /// <summary>
    /// An isotonic calibration read through the centres of its steps. Fitted isotonic regression is a staircase:
    /// every cell whose score falls on one step gets the same probability, so hundreds of cells tie and the
    /// review's lowest share is cut inside a step, in no order, though the trees ranked them. Read as the line
    /// through each step's centre at the step's value (centred isotonic regression), the probability still
    /// follows the step's share of right cells where the cells are, and keeps the trees' order between steps.
    /// Below the first centre and above the last it is the first and last step's value, as fitted.
    /// </summary>
    internal sealed class CentredSteps
    {
        private readonly double[] _scores;
        private readonly double[] _values;

        private CentredSteps(double[] scores, double[] values) => (_scores, _values) = (scores, values);

        /// <summary>The steps [mins[i], maxes[i]] at values[i], in rising order, as ML.NET's isotonic calibrator holds them.</summary>
        public static CentredSteps Of(IReadOnlyList<float> mins, IReadOnlyList<float> maxes, IReadOnlyList<float> values)
        {
            ArgumentNullException.ThrowIfNull(mins);
            ArgumentNullException.ThrowIfNull(maxes);
            ArgumentNullException.ThrowIfNull(values);
            if (values.Count == 0 || mins.Count != values.Count || maxes.Count != values.Count)
            {
                throw new InvalidDataException("an isotonic calibrator with no steps, or with bounds and values of different lengths");
            }

            var scores = new List<double>();
            var levels = new List<double>();
            for (var i = 0; i < values.Count;)
            {
                // Neighbouring steps of one value are one step: its centre lies between the first's start and the last's end.
                var end = i;
                while (end + 1 < values.Count && values[end + 1] == values[i])
                {
                    end++;
                }

                scores.Add(((double)mins[i] + maxes[end]) / 2);
                levels.Add(values[i]);
                i = end + 1;
            }

            return new CentredSteps([.. scores], [.. levels]);
        }

        public double At(double score)
        {
            if (double.IsNaN(score))
            {
                return score;
            }

            if (score <= _scores[0])
            {
                return _values[0];
            }

            var last = _scores.Length - 1;
            if (score >= _scores[last])
            {
                return _values[last];
            }

            var above = Array.BinarySearch(_scores, score);
            if (above >= 0)
            {
                return _values[above];
            }

            above = ~above;
            var t = (score - _scores[above - 1]) / (_scores[above] - _scores[above - 1]);
            return _values[above - 1] + (t * (_values[above] - _values[above - 1]));
        }
    }
}
