using System.Text.RegularExpressions;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>One indicator row of a table that prints its weight before its target and actual, read from text run together.</summary>
internal sealed record WeightFirstRow(LayoutCell Name, LayoutCell? Weight, LayoutCell? Target, LayoutCell? Actual, LayoutCell? Score);

/// <summary>
/// Reads indicator rows run together from a table that prints 分值 before 年度指标值(A) and 全年实际值(B), and its
/// scoring method between them and 得分 (<c>…申报的数量12.512.512.5完成值达到指标值,记满分;…记分。12.5</c>): a row is a
/// name run into its weight, target and actual, then the method's sentence, then its score. The run of figures is
/// cut by their shapes (a weight is whole or has one decimal, a target and its actual are printed alike) and by
/// the score (the full weight where the actual meets the target, less where it falls short); a run that still
/// parts more than one way is left out and named.
/// </summary>
internal static partial class WeightFirstRows
{
    /// <summary>Whether the cells hold a name run into figures: the mark of rows run together.</summary>
    public static bool IsFused(IReadOnlyList<LayoutCell> cells) => cells.Any(c => NameAndFigures().IsMatch(c.Text.Trim()));

    /// <summary>The rows, and the category labels between them, in order.</summary>
    public static IReadOnlyList<object> Read(IReadOnlyList<LayoutCell> cells, Func<LayoutCell, bool> isCategory, IReadOnlyCollection<string> noValueMarks, List<ExtractionWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(isCategory);
        // A row keeps its place among the labels from where its name stood, though labels printed before its score
        // (a category's merged cell) come after it in the text.
        var items = new List<object?>();
        Row? open = null;
        var openAt = -1;
        void Close()
        {
            if (open is not null)
            {
                items[openAt] = open.Finish(warnings);
                open = null;
            }
        }

        void Open(Row row)
        {
            Close();
            open = row;
            openAt = items.Count;
            items.Add(null);
        }

        foreach (var cell in cells)
        {
            var text = cell.Text.Trim();
            if (isCategory(cell))
            {
                // A category's merged cell is printed where its text stood, often after its first row: it ends no row.
                items.Add(cell);
                continue;
            }

            if (NameAndFigures().Match(text) is { Success: true } fused)
            {
                Open(new Row(new LayoutCell(fused.Groups["name"].Value, 0, cell.Origin).Placed(CellPlacement.Fused), fused.Groups["run"].Value, Readings(fused.Groups["run"].Value, noValueMarks)));
                continue;
            }

            if (open is { Score: null } && MethodAndScore().Match(text) is { Success: true } method)
            {
                open.Score = new LayoutCell(method.Groups["score"].Value, 0, cell.Origin).Placed(CellPlacement.Fused);
                continue;
            }

            if (open is { Score: null } && Figure().IsMatch(text))
            {
                open.Score = cell;
                continue;
            }

            if (open is not null && IsSentence(text))
            {
                // The scoring method's text: no field of the contract.
                continue;
            }

            Open(new Row(cell, null, []));
        }

        Close();
        return items.OfType<object>().ToArray();
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，,。；;：:");

    private static bool IsSentence(string text) => text.AsSpan().IndexOfAny(SentenceMarks) >= 0;

    /// <summary>Every full reading of the run as weight, target and actual, preferring a target and actual printed alike.</summary>
    private static FigureReading[] Readings(string run, IReadOnlyCollection<string> noValueMarks)
    {
        var all = new[] { FigureShape.Money, FigureShape.Rate }
            .SelectMany(shape => FusedFigures.Readings([run], [FigureShape.Weight, shape, shape], noValueMarks))
            .Where(r => r.Texts.Count == 3)
            .ToArray();
        var alike = all.Where(r => FusedFigures.Decimals(r.Texts[1]) == FusedFigures.Decimals(r.Texts[2])).ToArray();
        return alike.Length > 0 ? alike : all;
    }

    /// <summary>A row being read: its name, the run of figures after it and the run's readings, and its score once found.</summary>
    private sealed class Row(LayoutCell name, string? run, FigureReading[] readings)
    {
        public LayoutCell? Score { get; set; }

        public WeightFirstRow Finish(List<ExtractionWarning> warnings)
        {
            var row = new WeightFirstRow(name, null, null, null, Score);
            if (run is null)
            {
                return row;
            }

            // The score settles the reading: the full weight where the actual meets the target, less where it falls short.
            var score = Score is null ? null : FusedFigures.Value(Score.Text);
            var fitting = readings.Where(r => score is { } s && r.In(0) is { } w && r.In(1) is { } t && r.In(2) is { } a && (a >= t ? s == w : s < w)).ToArray();
            var chosen = fitting.Length == 1 ? fitting[0] : readings.Length == 1 ? readings[0] : null;
            if (chosen is null)
            {
                warnings.Add(new ExtractionWarning(StreamRows.FusedFiguresCode,
                    $"'{run}' after {name.Text} runs figures together that can be parted more than one way; its weight, target and actual are left out.",
                    Line: name.Origin.Line));
                return row;
            }

            LayoutCell Cell(int column) => new LayoutCell(chosen.Texts[column], 0, name.Origin).Placed(CellPlacement.Fused);
            return row with { Weight = Cell(0), Target = Cell(1), Actual = Cell(2) };
        }
    }

    /// <summary>A name of four letters or more run into a run of figures that ends the cell.</summary>
    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{4,}?)(?<run>\d[\d.%]*\d%?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndFigures();

    /// <summary>The scoring method's sentence, ended by a stop, and the score printed straight after it.</summary>
    [GeneratedRegex(@"^(?<method>.+[。；;])(?<score>\d{1,3}(\.\d{1,2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MethodAndScore();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
