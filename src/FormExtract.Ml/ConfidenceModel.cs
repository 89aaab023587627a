using FormExtract.Core.Confidence;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FormExtract.Ml;

/// <summary>
/// A trained confidence model loaded from its file: each recognised cell's features to the probability that its
/// value is right. Scoring a batch is thread-safe (a transform over a fresh data view), so one model serves
/// every worker of a batch run.
/// </summary>
public sealed class ConfidenceModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private ConfidenceModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
    }

    /// <summary>The model in <paramref name="path"/>; a missing or unreadable file, or one made for other features, is an <see cref="InvalidDataException"/> naming it.</summary>
    public static ConfidenceModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
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
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or IOException or ArgumentException or System.Reflection.TargetInvocationException)
        {
            throw new InvalidDataException($"{path}: not a confidence model FormExtract can load ({e.Message}).", e);
        }

        if (schema.GetColumnOrNull("Features") is not { Type: VectorDataViewType { Size: var size } } || size != CellFeatures.Count)
        {
            throw new InvalidDataException($"{path}: the confidence model was trained on other features than the {CellFeatures.Count} this version computes; train it again.");
        }

        return new ConfidenceModel(ml, model);
    }

    /// <summary>The probability that each cell is right, in order.</summary>
    public IReadOnlyList<double> Probabilities(IReadOnlyList<float[]> features)
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
}
