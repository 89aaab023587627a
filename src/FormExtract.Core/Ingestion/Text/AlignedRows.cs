using System.Collections.Frozen;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// A table printed with its columns aligned by spaces, as <c>pdftotext -layout</c>, <c>w3m -dump</c> and
/// <c>lynx -dump</c> print one, with or without borders. Screen columns are counted in display width (a CJK
/// character takes two, as w3m lays it out) or in characters (as lynx does), whichever lines the texts up
/// better. Each run of lines without a blank line is read as a table of its own (<see cref="AlignedTable"/>);
/// a blank line is where the text put a page break.
/// </summary>
internal sealed class AlignedRows(TemplateCatalog catalog)
{
    /// <summary>Every start of a layout's word (as a label key), to follow a label wrapped down a column.</summary>
    private readonly FrozenSet<string> _labelStarts = catalog.Vocabulary.Labels
        .Select(LabelKey.Of)
        .SelectMany(key => Enumerable.Range(2, Math.Max(0, key.Length - 1)).Select(length => key[..length]))
        .ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<LayoutRow> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        var displayWidth = PrefersDisplayWidth(lines);
        var parsed = lines.Select(l => GridLine.Parse(l, displayWidth)).ToArray();
        var grids = GridRuns(parsed);
        return grids.Count > 0 ? ReadDrawn(parsed, grids, cancellationToken) : ReadColumns(lines, displayWidth, cancellationToken);
    }

    /// <summary>
    /// Runs of lines, each a rule or a line with bars, that hold a drawn grid (<see cref="DrawnGrid.IsGrid"/>).
    /// </summary>
    private static List<(int From, int To)> GridRuns(GridLine[] lines)
    {
        var runs = new List<(int From, int To)>();
        var from = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !lines[i].Line.IsBlank && (lines[i].IsRule || lines[i].HasBars))
            {
                continue;
            }

            if (i > from && DrawnGrid.IsGrid(lines[from..i]))
            {
                runs.Add((from, i));
            }

            from = i + 1;
        }

        return runs;
    }

    /// <summary>
    /// A text holding drawn grids: each grid read by its borders, every other line (a title above a grid, a note
    /// below it) a row of its own, its texts parted where two spaces or more stand between them.
    /// </summary>
    private static List<LayoutRow> ReadDrawn(GridLine[] lines, List<(int From, int To)> grids, CancellationToken cancellationToken)
    {
        var rows = new List<LayoutRow>();
        var afterBlank = false;
        var g = 0;
        for (var i = 0; i < lines.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<LayoutRow> read;
            if (g < grids.Count && grids[g].From == i)
            {
                read = new DrawnGrid(lines[grids[g].From..grids[g].To]).Rows();
                i = grids[g].To;
                g++;
            }
            else
            {
                var line = lines[i].Line;
                i++;
                if (line.IsBlank)
                {
                    afterBlank = true;
                    continue;
                }

                read = [LineRow(line)];
            }

            foreach (var row in read)
            {
                rows.Add(afterBlank && rows.Count > 0 ? row with { FollowsBreak = true } : row);
                afterBlank = false;
            }
        }

        return rows;
    }

    /// <summary>A line outside any grid as a row: its texts parted at runs of two spaces or more.</summary>
    private static LayoutRow LineRow(TextLine line)
    {
        var cells = new List<LayoutCell>();
        var text = line.Text;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && AlignedLine.IsSpace(text[i]))
            {
                i++;
            }

            var from = i;
            while (i < text.Length && !(AlignedLine.IsSpace(text[i]) && (i + 1 == text.Length || AlignedLine.IsSpace(text[i + 1]) || text[i] == '\t')))
            {
                i++;
            }

            if (i > from)
            {
                cells.Add(new LayoutCell(text[from..i], cells.Count, CellOrigin.AtLine(line.Number)));
            }
        }

        return new LayoutRow(cells);
    }

    /// <summary>A text of tables aligned with spaces, without drawn grids: columns from where texts start.</summary>
    private List<LayoutRow> ReadColumns(IReadOnlyList<TextLine> lines, bool displayWidth, CancellationToken cancellationToken)
    {
        var rows = new List<LayoutRow>();
        var table = new List<AlignedLine>();
        var region = new List<AlignedLine>();
        var blanks = new List<AlignedLine>();
        var followsBreak = false;

        void Flush()
        {
            if (table.Count > 0)
            {
                rows.AddRange(new AlignedTable(table.ToArray(), catalog.Vocabulary, _labelStarts, displayWidth).Rows(followsBreak));
                followsBreak = rows.Count > 0;
                table.Clear();
            }
        }

        void AddRegion()
        {
            // Blank lines between the rows of one table (a browser's paragraphs in cells) keep it one table; a
            // region whose texts start where none of the table's do begins another, and so does one under a caption.
            var captions = Captions(region);
            if (captions > 0 || (table.Count > 0 && !SharesColumns(table, region)))
            {
                Flush();
            }
            else if (table.Count > 0)
            {
                table.AddRange(blanks);
            }

            foreach (var caption in region.Take(captions))
            {
                rows.Add(CaptionRow(caption) with { FollowsBreak = followsBreak });
                followsBreak = false;
            }

            table.AddRange(region.Skip(captions));
            region.Clear();
            blanks.Clear();
        }

        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parsed = AlignedLine.Parse(line, displayWidth);
            if (!parsed.IsBlank)
            {
                region.Add(parsed);
                continue;
            }

            if (region.Count > 0)
            {
                AddRegion();
            }

            blanks.Add(parsed);
        }

        if (region.Count > 0)
        {
            AddRegion();
        }

        Flush();
        return rows;
    }

    /// <summary>
    /// How many lines at the top of a region are captions above its table (a title, the year under it): each one
    /// text (no gap of two columns or more in it) set in and centred over the lines below, the first of which holds two texts or more.
    /// </summary>
    private static int Captions(List<AlignedLine> region)
    {
        var count = 0;
        while (count < region.Count && !region[count].IsRule && Texts(region[count]) == 1)
        {
            count++;
        }

        if (count == region.Count || Texts(region[count]) < 2)
        {
            return 0;
        }

        // A caption is centred over the table; a cell's last line alone after a blank line is not.
        var (left, right) = (region.Skip(count).Min(l => l.Pieces[0].Start), region.Skip(count).Max(l => l.Pieces[^1].End));
        return region.Take(count).All(l => l.Pieces[0].Start > left && Math.Abs(l.Pieces[0].Start + l.Pieces[^1].End - left - right) <= (right - left) / 5) ? count : 0;
    }

    private static int Texts(AlignedLine line)
    {
        var texts = line.Pieces.Count > 0 ? 1 : 0;
        for (var p = 1; p < line.Pieces.Count; p++)
        {
            texts += line.Pieces[p].Start - line.Pieces[p - 1].End >= 2 ? 1 : 0;
        }

        return texts;
    }

    private static LayoutRow CaptionRow(AlignedLine line) =>
        new([new LayoutCell(string.Join(' ', line.Pieces.Select(p => p.Text)), 0, CellOrigin.AtLine(line.Number))]);

    /// <summary>Whether texts of the region, not the first on their lines, start where the table's do, at two columns or more.</summary>
    private static bool SharesColumns(List<AlignedLine> table, List<AlignedLine> region)
    {
        var starts = new HashSet<int>();
        foreach (var line in table)
        {
            for (var p = 1; p < line.Pieces.Count; p++)
            {
                starts.Add(line.Pieces[p].Start);
            }
        }

        return region.SelectMany(l => l.Pieces.Skip(1)).Select(p => p.Start).Where(starts.Contains).Distinct().Count() >= 2;
    }

    /// <summary>Whether texts line up better counted in display width than in characters: more starts shared with the line above.</summary>
    public static bool PrefersDisplayWidth(IReadOnlyList<TextLine> lines)
    {
        var (display, characters) = (0, 0);
        AlignedLine? displayAbove = null, charactersAbove = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                displayAbove = charactersAbove = null;
                continue;
            }

            var byDisplay = AlignedLine.Parse(line, displayWidth: true);
            var byCharacters = AlignedLine.Parse(line, displayWidth: false);
            display += Shared(displayAbove, byDisplay);
            characters += Shared(charactersAbove, byCharacters);
            (displayAbove, charactersAbove) = (byDisplay, byCharacters);
        }

        return display >= characters;
    }

    /// <summary>How many texts of the line start where a text of the line above starts (the first of each line left out: margins agree anyway).</summary>
    private static int Shared(AlignedLine? above, AlignedLine line)
    {
        if (above is null)
        {
            return 0;
        }

        var shared = 0;
        var a = 1;
        for (var p = 1; p < line.Pieces.Count; p++)
        {
            while (a < above.Pieces.Count && above.Pieces[a].Start < line.Pieces[p].Start)
            {
                a++;
            }

            shared += a < above.Pieces.Count && above.Pieces[a].Start == line.Pieces[p].Start ? 1 : 0;
        }

        return shared;
    }
}
