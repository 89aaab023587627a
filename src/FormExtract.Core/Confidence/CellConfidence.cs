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
/// <param name="model">The model: each cell's features, in <see cref="CellFeatures.Names"/> order, to a probability in [0, 1].</param>
/// <param name="threshold">The confidence below which a cell is to be checked by hand.</param>
public sealed class CellConfidence(Func<IReadOnlyList<float[]>, IReadOnlyList<double>> model, double threshold)
{
    /// <summary>The code of the warning that names a cell below the review threshold.</summary>
    public const string LowConfidenceCode = "ocr-low-confidence";

    private readonly Func<IReadOnlyList<float[]>, IReadOnlyList<double>> _model = model ?? throw new ArgumentNullException(nameof(model));

    public double Threshold { get; } = threshold is >= 0 and <= 1 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "must lie in [0, 1]");

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
        var cells = CellFeatures.Of(form, findings);
        if (cells.Count == 0)
        {
            return form;
        }

        // The whole form in one call: the model is asked once per form, not once per cell.
        var vectors = new float[cells.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = cells[i].Features;
        }

        var probabilities = _model(vectors);
        // The map and the listing the features came from are one walk of the same form: the i-th cell met is the i-th scored.
        var next = 0;
        return FormCellMap.Map(form, (_, cell) =>
            // Rounded so that output does not depend on the last bits of the model's arithmetic.
            cell with { Confidence = Math.Round(Math.Clamp(probabilities[next++], 0, 1), 4) });
    }

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
