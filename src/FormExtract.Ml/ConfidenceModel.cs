using FormExtract.Core.Confidence;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace FormExtract.Ml;

/// <summary>
/// A trained confidence model loaded from its file: each cell's features to the probability that its value is
/// right. The boosted trees and the calibrator are taken out of the ML.NET model once, when it is loaded, and
/// evaluated directly: scoring a form's cells is a walk down 50 small trees per cell, with no data view built
/// per call, so that scoring adds little to reading a text file. Scoring is thread-safe (nothing is written
/// after loading), so one model serves every worker of a batch run.
/// </summary>
public sealed class ConfidenceModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly Tree[] _trees;
    private readonly double _bias;
    private readonly ICalibrator _calibrator;

    private ConfidenceModel(MLContext ml, ITransformer model, Tree[] trees, double bias, ICalibrator calibrator)
    {
        _ml = ml;
        _model = model;
        _trees = trees;
        _bias = bias;
        _calibrator = calibrator;
    }

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

        var ml = new MLContext(seed: 1);
        ITransformer model;
        DataViewSchema schema;
        try
        {
            using var stream = File.OpenRead(path);
            model = ml.Model.Load(stream, out schema);
        }
        catch (UnauthorizedAccessException e)
        {
            // ML.NET unpacks a model under the temporary folder (TMPDIR) as it loads it.
            throw new InvalidDataException($"{path}: the confidence model could not be opened or unpacked under the temporary folder {Path.GetTempPath()} ({e.Message}).", e);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException or ArgumentException or NotSupportedException or System.Reflection.TargetInvocationException or FileNotFoundException)
        {
            throw new InvalidDataException($"{path}: not a confidence model FormExtract can load ({e.Message}).", e);
        }

        if (schema.GetColumnOrNull("Features") is not { Type: VectorDataViewType { Size: var size } } || size != CellFeatures.Count)
        {
            throw new InvalidDataException($"{path}: the confidence model was trained on other features than the {CellFeatures.Count} this version computes; train it again.");
        }

        if (!TryParts(model, out var trees, out var bias, out var calibrator))
        {
            throw new InvalidDataException($"{path}: not a confidence model FormExtract can load (it is not boosted trees followed by a calibrator); train it again.");
        }

        return new ConfidenceModel(ml, model, trees, bias, calibrator);
    }

    /// <summary>The probability that each cell is right, in order.</summary>
    public IReadOnlyList<double> Probabilities(IReadOnlyList<float[]> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var probabilities = new double[features.Count];
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Probability(features[i]);
        }

        return probabilities;
    }

    /// <summary>The probability that a cell with these features is right.</summary>
    public double Probability(float[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Length != CellFeatures.Count)
        {
            throw new ArgumentException($"a cell has {CellFeatures.Count} features, not {features.Length}", nameof(features));
        }

        var score = _bias;
        foreach (var tree in _trees)
        {
            score += tree.Output(features);
        }

        return _calibrator.PredictProbability((float)score);
    }

    /// <summary>The probabilities as ML.NET's own pipeline computes them (a data view per call): the reference the trees are checked against.</summary>
    internal IReadOnlyList<double> ProbabilitiesThroughMlNet(IReadOnlyList<float[]> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            return [];
        }

        var data = _ml.Data.LoadFromEnumerable(features.Select(f => new CellRow { Features = f }), Schema.Of());
        var scored = _model.Transform(data);
        return [.. _ml.Data.CreateEnumerable<CellPrediction>(scored, reuseRowObject: false).Select(p => (double)p.Probability)];
    }

    /// <summary>The pipeline's cell confidence over this model, with <paramref name="threshold"/> as the review threshold.</summary>
    public CellConfidence Confidence(double threshold) => new(Probabilities, threshold);

    /// <summary>The trees, their bias and the calibrator of a model trained by <see cref="ConfidenceTrainer"/>: FastTree's scorer, then a calibrator over its score.</summary>
    private static bool TryParts(ITransformer model, out Tree[] trees, out double bias, out ICalibrator calibrator)
    {
        trees = [];
        bias = 0;
        calibrator = null!;
        var parts = model is IEnumerable<ITransformer> chain ? chain.ToArray() : [model];
        if (parts.Length != 2
            || parts[0] is not IPredictionTransformer<object> { Model: var boosted }
            || parts[1] is not IPredictionTransformer<ICalibrator> { Model: { } last })
        {
            return false;
        }

        var ensemble = boosted switch
        {
            FastTreeBinaryModelParameters fast => fast.TrainedTreeEnsemble,
            CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel.TrainedTreeEnsemble,
            _ => null,
        };
        if (ensemble is null)
        {
            return false;
        }

        trees = [.. ensemble.Trees.Select((t, i) => Tree.Of(t, ensemble.TreeWeights[i]))];
        bias = ensemble.Bias;
        calibrator = last;
        return true;
    }

    /// <summary>One regression tree, flattened: a node goes left where its feature is at most its threshold; a negative child is a leaf (its complement).</summary>
    private sealed class Tree
    {
        private int[] _left = [];
        private int[] _right = [];
        private int[] _feature = [];
        private float[] _threshold = [];
        private double[] _leaves = [];

        public static Tree Of(RegressionTree tree, double weight)
        {
            if (tree.CategoricalSplitFlags.ToArray().Any(c => c))
            {
                throw new NotSupportedException("a tree with categorical splits");
            }

            return new Tree
            {
                _left = tree.LeftChild.ToArray(),
                _right = tree.RightChild.ToArray(),
                _feature = tree.NumericalSplitFeatureIndexes.ToArray(),
                _threshold = tree.NumericalSplitThresholds.ToArray(),
                _leaves = [.. tree.LeafValues.ToArray().Select(v => v * weight)],
            };
        }

        public double Output(float[] features)
        {
            if (_leaves.Length == 1)
            {
                return _leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
            }

            return _leaves[~node];
        }
    }
}
