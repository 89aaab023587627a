using System.Text.Json;
using System.Text.Json.Serialization;
using FormExtract.Core.Confidence;

namespace FormExtract.Ml;

/// <summary>
/// The most a measure read by OCR whose figure the other recogniser read as other digits (<see
/// cref="CellFeatures.Disputed"/>) may be trusted: the share right, with one right and one wrong cell as a prior, of
/// the training's disputed measures that the model's parts put at <see cref="FindingCheck.Top"/> or above. Such cells
/// are about one in six hundred, too few for the trees to weigh steadily: parts trained on different seeds put a phone
/// capture's 70% read as 10% anywhere from 0.92 to 0.997, and an error finding then rested on it alone. Even of those
/// the trees are sure of, a few in a hundred are wrong, so a file with a ceiling gives them no more than that share.
/// </summary>
/// <param name="Cells">The training's disputed measures the parts put at or above <see cref="FindingCheck.Top"/>.</param>
/// <param name="Right">How many of them were read right.</param>
public sealed record DisputedCeiling(int Cells, int Right)
{
    /// <summary>The entry of a two-part model file that holds the ceiling.</summary>
    public const string Entry = "disputed.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The highest probability a disputed measure is given: the share right, one right and one wrong added.</summary>
    [JsonIgnore]
    public double Ceiling => (Right + 1.0) / (Cells + 2.0);

    /// <summary>
    /// The ceiling measured on training cells scored by a model without one; null where none of them is a disputed
    /// measure the model is sure of.
    /// </summary>
    public static DisputedCeiling? Measure(ConfidenceModel model, IEnumerable<LabelledCell> cells)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(cells);
        if (model.Disputed is not null)
        {
            throw new ArgumentException("the ceiling is measured with a model that has none, or its own would cap what it measures", nameof(model));
        }

        var sure = cells.Where(c => CellFeatures.Disputed(c.Features) && model.Probability(c.Features) >= FindingCheck.Top).ToArray();
        return sure.Length == 0 ? null : new DisputedCeiling(sure.Length, sure.Count(c => c.Right));
    }

    /// <summary>The ceiling as its entry holds it.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The ceiling of a model file's entry; one that does not hold a count of right cells no larger than its count of cells is an <see cref="InvalidDataException"/> naming the file.</summary>
    public static DisputedCeiling Parse(byte[] json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        DisputedCeiling? ceiling;
        try
        {
            ceiling = JsonSerializer.Deserialize<DisputedCeiling>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the entry {Entry} is not the disputed measures' ceiling ({e.Message}).", e);
        }

        if (ceiling is not { Cells: > 0, Right: >= 0 } || ceiling.Right > ceiling.Cells)
        {
            throw new InvalidDataException($"{path}: the entry {Entry} must give a number of cells above 0 and of right cells from 0 up to it.");
        }

        return ceiling;
    }
}
