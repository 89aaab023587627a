using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>
/// A value read off the page: the text as found plus where it was found. The normalised value lives in
/// the typed subclasses so that the JSON keeps <c>text</c> and <c>value</c> side by side.
/// </summary>
public abstract record Cell
{
    [JsonPropertyOrder(0)]
    public required string Text { get; init; }

    private double? _confidence;

    [JsonIgnore]
    public double? Confidence { get => _confidence; init => _confidence = value; }

    /// <summary>
    /// <see cref="Confidence"/> as the JSON holds it. A decimal, which the serialiser's generated code writes
    /// directly and cheaply (a scored file has one a cell); a double would be formatted as the shortest text that
    /// reads back to it, which costs more, and a converter of its own would turn the generated code off for every
    /// cell. Confidences are probabilities rounded to four places (or the recogniser's figures in hundredths),
    /// written the same either way.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("confidence")]
    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal decimal? ConfidenceInJson
    {
        get => Confidence is { } c ? InJson(c) : null;
        init => Confidence = (double?)value;
    }

    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    [JsonPropertyOrder(5)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? Bbox { get; init; }

    /// <summary>The original reading where a person corrected the cell (v1.2); absent otherwise.</summary>
    [JsonPropertyOrder(6)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CellCorrection? Correction { get; init; }

    /// <summary>The place in an Office file (v1.2): <c>Sheet1!D7</c>, <c>table[2]/row[5]/column[3]</c>, <c>paragraph[4]</c>.</summary>
    [JsonPropertyOrder(7)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Ref { get; init; }

    /// <summary>The formula of a spreadsheet cell whose text is the formula's cached result (v1.2): <c>=B7+C7</c>.</summary>
    [JsonPropertyOrder(8)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Formula { get; init; }

    /// <summary>What the reader learnt while reading the cell; not written out, and absent on a document read back from JSON.</summary>
    [JsonIgnore]
    public CellEvidence? Evidence { get; init; }

    /// <summary>
    /// Gives a cell the pipeline has just made, and not yet handed on, its confidence in place
    /// (<see cref="FormExtract.Core.Confidence.CellConfidence.ScoreAssembled"/>): a text file's cells are thousands,
    /// and copying each, with every record above it, to change one number cost nearly as much as scoring it. Nothing
    /// else may call this: a cell is immutable once the stage that made it has returned it.
    /// </summary>
    internal void ScoreInPlace(double confidence) => _confidence = confidence;

    /// <summary>
    /// A confidence as a decimal. One of four places or fewer (all of them, as rounded) is built from its digits,
    /// which is the same decimal the cast gives, trailing zeros dropped as the cast drops them, at a fraction of the
    /// cast's cost (the cast works out fifteen significant digits); anything else is cast.
    /// </summary>
    internal static decimal InJson(double confidence)
    {
        var scaled = Math.Round(confidence * 10_000);
        if (scaled is < 0 or > 10_000 || scaled / 10_000 != confidence)
        {
            return (decimal)confidence;
        }

        var digits = (int)scaled;
        byte scale = 4;
        while (scale > 0 && digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        return new decimal(digits, 0, 0, false, scale);
    }

    /// <summary>Where the cell came from, as one value.</summary>
    [JsonIgnore]
    public CellOrigin Origin => new(Line, Page, Bbox is { Count: 4 } b ? new Box(b[0], b[1], b[2], b[3]) : null, Confidence) { Ref = Ref, Formula = Formula, Evidence = Evidence };
}
