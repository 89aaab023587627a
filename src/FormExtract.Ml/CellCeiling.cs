using System.Text.Json;
using System.Text.Json.Serialization;

namespace FormExtract.Ml;

/// <summary>
/// The most a kind of cell read by OCR that the trees cannot weigh steadily may be trusted (<see cref="CappedCells"/>):
/// the share right, with one right and one wrong cell as a prior, of the training's such cells that the model's parts
/// put at <see cref="FindingCheck.Top"/> or above. Such cells are rare, and wrong far more often than the rest: too
/// few for trees of at least ten cells a leaf to doubt, so a misread among them reached 0.99 and an error finding
/// rested on it alone. Even of those the trees are sure of, some are wrong, so a file with a ceiling gives them no
/// more than that share.
/// </summary>
/// <param name="Cells">The training's cells of the kind the parts put at or above <see cref="FindingCheck.Top"/>.</param>
/// <param name="Right">How many of them were read right.</param>
public sealed record CellCeiling(int Cells, int Right)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The highest probability such a cell is given: the share right, one right and one wrong added.</summary>
    [JsonIgnore]
    public double Ceiling => (Right + 1.0) / (Cells + 2.0);

    /// <summary>
    /// The ceiling of <paramref name="kind"/> measured on training cells scored by a model without ceilings; null
    /// where none of them is a cell of that kind the model is sure of.
    /// </summary>
    public static CellCeiling? Measure(ConfidenceModel model, IEnumerable<LabelledCell> cells, CappedCells kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(kind);
        if (model.Ceilings != Ceilings.None)
        {
            throw new ArgumentException("a ceiling is measured with a model that has none, or its own would cap what it measures", nameof(model));
        }

        var sure = cells.Where(c => kind.Holds(c.Features) && model.Probability(c.Features) >= FindingCheck.Top).ToArray();
        return sure.Length == 0 ? null : new CellCeiling(sure.Length, sure.Count(c => c.Right));
    }

    /// <summary>The ceiling as its entry holds it.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>
    /// The ceiling of a model file's entry; one that does not hold a count of right cells no larger than its count
    /// of cells is an <see cref="InvalidDataException"/> naming the file and the entry.
    /// </summary>
    public static CellCeiling Parse(byte[] json, string path, CappedCells kind)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(kind);
        CellCeiling? ceiling;
        try
        {
            ceiling = JsonSerializer.Deserialize<CellCeiling>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the entry {kind.Entry} is not the {kind.Name}' ceiling ({e.Message}).", e);
        }

        if (ceiling is not { Cells: > 0, Right: >= 0 } || ceiling.Right > ceiling.Cells)
        {
            throw new InvalidDataException($"{path}: the entry {kind.Entry} must give a number of cells above 0 and of right cells from 0 up to it.");
        }

        return ceiling;
    }
}
