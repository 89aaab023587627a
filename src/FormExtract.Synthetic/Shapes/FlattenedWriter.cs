using System.Text;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Shapes;

/// <summary>
/// A table flattened by a document preview or a search index (池州, 海淀): the cells' texts in reading order on a
/// few long lines, separated by a space or by nothing at all, so that figures run into each other and into their
/// labels (年度资金总额120.00118.5010); empty cells leave no trace.
/// </summary>
internal sealed class FlattenedWriter
{
    /// <summary>The text, and the way it was written: <c>spaces</c>, <c>fused</c> or <c>mixed</c>.</summary>
    public (string Text, string Variant) Write(IReadOnlyList<FormGrid> grids, Random random)
    {
        // Per file: spaces between all cells, none at all, or a mix (the preview keeps some of the gaps).
        var style = random.Next(3);
        var spaceChance = style switch
        {
            0 => 1.0,
            1 => 0.0,
            _ => 0.4,
        };
        var lineLength = random.Next(400, 1500);
        var text = new StringBuilder();
        var line = 0;
        foreach (var grid in grids)
        {
            var cells = grid.Above.Select(l => l.Text).Concat(grid.Rows.SelectMany(r => r.Cells).Select(c => c.Text)).Where(t => t.Length > 0);
            foreach (var cell in cells)
            {
                if (line > 0)
                {
                    if (line >= lineLength)
                    {
                        text.Append('\n');
                        line = 0;
                    }
                    else if (random.Chance(spaceChance))
                    {
                        text.Append(' ');
                        line++;
                    }
                }

                var flat = cell.Replace('\n', ' ');
                text.Append(flat);
                line += flat.Length;
            }
        }

        return (text.Append('\n').ToString(), style switch { 0 => "spaces", 1 => "fused", _ => "mixed" });
    }
}
