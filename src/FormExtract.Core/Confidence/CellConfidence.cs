using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Confidence;

/// <summary>
/// Gives every cell a confidence that is a model's probability that its value is right, from the cell's
/// <see cref="CellFeatures"/>: cells the recogniser read (the recogniser's own figure stays in the cell's
/// evidence) and cells taken as printed (text, HTML, Office files, a PDF's text layer), whose evidence is how
/// they were placed. Recognised cells below the review threshold are counted per form and named in warnings;
/// printed cells are not: their text is what was printed, and a person checking them against the source would
/// find the same text, so the review stays the list of readings to check against a scan.
/// </summary>
public sealed class CellConfidence
{
    /// <summary>The code of the warning that names a cell below the review threshold.</summary>
    public const string LowConfidenceCode = "ocr-low-confidence";

    private readonly CellScorer _model;

    /// <param name="model">The model: the cells' features, <see cref="CellFeatures.Count"/> a cell in <see cref="CellFeatures.Names"/> order, to a probability in [0, 1] each.</param>
    /// <param name="threshold">The confidence below which a cell is to be checked by hand.</param>
    public CellConfidence(CellScorer model, double threshold)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        Threshold = threshold is >= 0 and <= 1 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "must lie in [0, 1]");
    }

    /// <param name="model">The model as a function of each cell's vector (simpler to write; a vector is made a cell).</param>
    /// <param name="threshold">The confidence below which a cell is to be checked by hand.</param>
    public CellConfidence(Func<IReadOnlyList<float[]>, IReadOnlyList<double>> model, double threshold)
        : this(ByVectors(model ?? throw new ArgumentNullException(nameof(model))), threshold)
    {
    }

    public double Threshold { get; }

    /// <summary>The form with each cell's confidence the model's; a form with no cell is returned as it is.</summary>
    public Form Score(Form form, FormValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return Score(form, validator.Validate(form));
    }

    /// <summary>The form with each cell's confidence the model's, given the form's findings (<see cref="FormValidator.Validate"/>).</summary>
    public Form Score(Form form, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(findings);
        var scoring = new Scoring(this, findings);
        return FormCellMap.Map(form, (path, cell) => cell with { Confidence = scoring.Confidence(path, cell) });
    }

    /// <summary>
    /// <see cref="Score(Form, IReadOnlyList{Finding})"/> for a form the pipeline has just assembled and still holds
    /// alone: its cells are given their confidences in place, and the form is returned as it is, not rebuilt. Each
    /// cell of an assembled form is an object of its own (the assembler makes every cell afresh), so no other form
    /// and no other place in it sees the change.
    /// </summary>
    internal Form ScoreAssembled(Form form, IReadOnlyList<Finding> findings)
    {
        var scoring = new Scoring(this, findings);
        return FormCellMap.Map(form, (path, cell) =>
        {
            cell.ScoreInPlace(scoring.Confidence(path, cell));
            return cell;
        });
    }

    /// <summary>
    /// One form's scoring: each cell scored as the form is walked, through one vector of features, so that a text
    /// file's thousands of cells are neither listed first nor given a vector each.
    /// </summary>
    private sealed class Scoring(CellConfidence owner, IReadOnlyList<Finding> findings)
    {
        private readonly float[] _features = new float[CellFeatures.Count];
        private readonly double[] _probability = new double[1];
        private FindingCounts? _counts;

        public double Confidence(string path, Cell cell)
        {
            CellFeatures.Write(path, cell, findings, ref _counts, _features);
            owner._model(_features, _probability);
            // Rounded so that output does not depend on the last bits of the model's arithmetic.
            return Math.Round(Math.Clamp(_probability[0], 0, 1), 4);
        }
    }

    private static CellScorer ByVectors(Func<IReadOnlyList<float[]>, IReadOnlyList<double>> model) => (features, probabilities) =>
    {
        var vectors = new float[features.Length / CellFeatures.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = features.Slice(i * CellFeatures.Count, CellFeatures.Count).ToArray();
        }

        var scored = model(vectors);
        if (scored.Count != vectors.Length)
        {
            throw new InvalidOperationException($"the model gave {scored.Count} probabilities for {vectors.Length} cells");
        }

        for (var i = 0; i < vectors.Length; i++)
        {
            probabilities[i] = scored[i];
        }
    };

    /// <summary>
    /// The form's recognised cells against the threshold, and a warning for each cell below it; null and none for a
    /// form with no recognised cell. Printed cells have a confidence too, but are not sent to review (see the class).
    /// </summary>
    public (ReviewSummary? Summary, IReadOnlyList<ExtractionWarning> Warnings) Review(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var read = FormCellMap.Cells(form).Where(c => c.Cell.Evidence?.Engine is not null && c.Cell.Confidence is not null).ToArray();
        if (read.Length == 0)
        {
            return (null, []);
        }

        var below = read.Where(c => c.Cell.Confidence < Threshold).ToArray();
        var warnings = below.Select(c => new ExtractionWarning(
            LowConfidenceCode,
            FormattableString.Invariant($"'{c.Cell.Text}' is right with probability {c.Cell.Confidence:0.00}, under the review threshold {Threshold:0.00}; check it against the scan."),
            form.FormIndex,
            c.Path,
            c.Cell.Page,
            c.Cell.Line)).ToArray();
        return (new ReviewSummary { Threshold = Threshold, Cells = read.Length, Below = below.Length }, warnings);
    }
}
