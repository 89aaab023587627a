using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Grids;

/// <summary>
/// Writes the rows of an indicator table: one column per slot from <c>first</c> on, the 一级指标 and 二级指标
/// labels merged down their runs of rows (and a 得分计算方法 merged down its 一级指标's rows where the layout
/// does), each value naming the truth field it prints.
/// </summary>
internal sealed class IndicatorTable(IReadOnlyList<IndicatorSlot> slots, int first)
{
    public IReadOnlyList<IndicatorSlot> Slots => slots;

    /// <summary>The 一级指标 labels as printed (with points where the form prints them), by the truth's level1.</summary>
    public Func<string, string> Level1Text { get; init; } = level1 => level1;

    /// <summary>The 得分计算方法 of a row; null for a blank cell.</summary>
    public Func<Indicator, string?> Method { get; init; } = _ => null;

    /// <summary>Whether the 得分计算方法 is merged down each 一级指标 group.</summary>
    public bool MethodPerGroup { get; init; }

    public int ColumnOf(IndicatorSlot slot) => first + IndexOf(slot);

    public void Write(GridWriter writer, IReadOnlyList<Indicator> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var cells = new List<GridCell>();
            for (var s = 0; s < slots.Count; s++)
            {
                var column = first + s;
                var path = $"/indicators/{i}";
                switch (slots[s])
                {
                    case IndicatorSlot.Level1 when i == 0 || rows[i - 1].Level1 != row.Level1:
                        cells.Add(GridWriter.Label(Level1Text(row.Level1!), column, rowSpan: Run(rows, i, r => r.Level1)) with { Field = path + "/level1" });
                        break;
                    case IndicatorSlot.Level2 when i == 0 || rows[i - 1].Level1 != row.Level1 || rows[i - 1].Level2 != row.Level2:
                        cells.Add(GridWriter.Label(row.Level2!, column, rowSpan: Run(rows, i, r => r.Level1 + "/" + r.Level2)) with { Field = path + "/level2" });
                        break;
                    case IndicatorSlot.Level1 or IndicatorSlot.Level2:
                        break;
                    case IndicatorSlot.Name:
                        cells.Add(GridWriter.Value(row.Name?.Text, column, path + "/name", left: true));
                        break;
                    case IndicatorSlot.Weight:
                        cells.Add(GridWriter.Value(row.Weight?.Text, column, path + "/weight"));
                        break;
                    case IndicatorSlot.Target:
                        cells.Add(GridWriter.Value(row.Target?.Text, column, path + "/target"));
                        break;
                    case IndicatorSlot.TargetComparator or IndicatorSlot.TargetNumber or IndicatorSlot.TargetUnit:
                        var parts = row.Target is { } target ? SplitTargets.Parts(target.Text) : (string.Empty, string.Empty, string.Empty);
                        var part = slots[s] switch
                        {
                            IndicatorSlot.TargetComparator => parts.Item1,
                            IndicatorSlot.TargetNumber => parts.Item2,
                            _ => parts.Item3,
                        };
                        cells.Add(GridWriter.Value(part, column, path + "/target"));
                        break;
                    case IndicatorSlot.Actual:
                        cells.Add(GridWriter.Value(row.Actual?.Text, column, path + "/actual"));
                        break;
                    case IndicatorSlot.Score:
                        cells.Add(GridWriter.Value(row.Score?.Text, column, path + "/score"));
                        break;
                    case IndicatorSlot.Reason:
                        cells.Add(GridWriter.Value(row.DeviationReason?.Text, column, path + "/deviationReason", left: true));
                        break;
                    case IndicatorSlot.Method when !MethodPerGroup:
                        cells.Add(GridWriter.Value(Method(row), column, null, left: true));
                        break;
                    case IndicatorSlot.Method when i == 0 || rows[i - 1].Level1 != row.Level1:
                        cells.Add(GridWriter.Value(Method(row), column, null, rowSpan: Run(rows, i, r => r.Level1), left: true));
                        break;
                    default:
                        break;
                }
            }

            writer.IndicatorRow([.. cells]);
        }
    }

    private int IndexOf(IndicatorSlot slot)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] == slot)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(slot), slot, "The table has no such column.");
    }

    private static int Run(IReadOnlyList<Indicator> rows, int start, Func<Indicator, string?> key)
    {
        var end = start;
        while (end + 1 < rows.Count && key(rows[end + 1]) == key(rows[start]))
        {
            end++;
        }

        return end - start + 1;
    }
}
