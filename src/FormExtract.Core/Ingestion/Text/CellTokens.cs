using System.Text.RegularExpressions;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Roles;
using FormExtract.Core.Template;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// The cells of a text that kept no rows: a line is one cell, unless it holds several of the form's words or
/// figures apart by spaces (a row flattened onto a line), which are then cells each. Cells fused without a
/// space are parted where a form's word meets a figure (<c>年度资金总额120.00118.5010</c>) or a "label: value"
/// (<c>一般公共预算:1873.66万元</c>), and a figure run where two-decimal amounts or percentages meet. A label
/// wrapped over lines (<c>年度</c> / <c>指标值</c>) is one cell again.
/// </summary>
internal sealed partial class CellTokens(TemplateCatalog catalog)
{
    private const int MaxWrappedPiece = 8;

    /// <summary>
    /// A heading wrapped in a narrow column takes as many lines as its length over the column's width
    /// (偏差 / 原因 / 分析 / 及改 / 进措 / 施): up to four pieces are always tried, more while they are no longer
    /// together than the longest word.
    /// </summary>
    private const int MaxWrappedPieces = 8;

    /// <summary>Characters of the layouts' longest word: a run of pieces longer than it is no wrapped word.</summary>
    private readonly int _longestLabel = catalog.Vocabulary.Labels.Max(l => l.Length);
    private const string Of = "其中";

    /// <summary>Parts a preview's text, whose long lines hold no separator at all, at labels read through OCR noise.</summary>
    private readonly FusedCells _fused = new(catalog);

    /// <summary>Parts a flattened line that runs a form's cells together at the layouts' words, leaving figure runs whole.</summary>
    private readonly FusedWords _flattened = new(catalog);

    public IReadOnlyList<LayoutCell> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        // Only where most of the text runs cells together are a line's cells parted at labels and marked as fused.
        var runTogether = TextShapeDetector.IsFused(lines);
        var fusedText = runTogether;
        // Where no mark of OCR's noise stands in such a text, it is a clean flattening: its cells are cut at the
        // layouts' words and its figure runs left for the rows' arithmetic. Only OCR's text is parted through the
        // noise (labels read within an edit or two), and its runs of figures left unread.
        fusedText &= RecognitionNoise.IsIn(lines);
        var tokens = Tokens(lines, fusedText, runTogether, cutAtWords: !fusedText, cancellationToken, out var cut);
        if (cut && IsRubric(Tokens(lines, fusedText, runTogether, cutAtWords: false, cancellationToken, out _)))
        {
            // A rubric's criteria reuse the funding and goal blocks' words, so its text is not cut at them.
            tokens = Tokens(lines, fusedText, runTogether, cutAtWords: false, cancellationToken, out _);
        }

        return Rewrap(tokens).Select(t => t.ReadAs is null
            ? new LayoutCell(t.Text, 0, CellOrigin.AtLine(t.Line)) { Fused = t.Run }
            : new LayoutCell(t.Text, 0, CellOrigin.AtLine(t.Line)) { Key = t.ReadAs, Fused = t.Run }.Placed(CellPlacement.Snapped)).ToArray();
    }

    /// <summary>Whether a form of the text, cut at its titles as the rows will be, is a rubric by its own words.</summary>
    private bool IsRubric(List<(string Text, int Line, string? ReadAs, bool Run)> tokens)
    {
        var forms = new List<List<LayoutRow>> { new() };
        foreach (var cell in tokens.Select(t => new LayoutCell(t.Text, 0, CellOrigin.AtLine(t.Line))))
        {
            if (catalog.IsTitle(cell) && forms[^1].Count > 0)
            {
                forms.Add([]);
            }

            forms[^1].Add(new LayoutRow([cell]));
        }

        return forms.Any(f => catalog.Recognize(f).RubricTable);
    }

    /// <summary>The text's cells before wrapped words are joined; <paramref name="cut"/> says whether a flattened line was cut at the layouts' words.</summary>
    private List<(string Text, int Line, string? ReadAs, bool Run)> Tokens(IReadOnlyList<TextLine> lines, bool fusedText, bool paged, bool cutAtWords, CancellationToken cancellationToken, out bool cut)
    {
        var tokens = new List<(string Text, int Line, string? ReadAs, bool Run)>();
        cut = false;
        var previousFlattened = false;
        var joined = paged ? PreviewPages.Join(lines, lonePages: fusedText) : lines.Where(l => !l.IsBlank).Select(l => new JoinedLine(l.Text.Trim(), [(0, l.Number)])).ToArray();
        foreach (var line in joined)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A cell dumped on a line of its own may carry the pipe that closed it (TextShapeDetector's cell per line).
            var text = line.Text.TrimEnd(PipeRows.Separators).TrimEnd();
            if (text.Length == 0)
            {
                continue;
            }

            // Each cell is given the line it starts on: a preview's joined pages span several.
            var at = 0;
            int LineOf(string cell)
            {
                var found = text.IndexOf(cell, at, StringComparison.Ordinal);
                at = found < 0 ? at : found + cell.Length;
                return line.LineAt(found < 0 ? at : found);
            }

            // Elsewhere a flattened line is cut at the layouts' words, and so is its wrapped end (>=90%95%1010总分10096.8).
            var flattened = cutAtWords && (_flattened.IsFused(text) || (previousFlattened && _flattened.Cut(text).Count > 1));
            previousFlattened = flattened;
            cut |= flattened;
            foreach (var part in catalog.HeaderLine.Split(text))
            {
                var (pieces, fused) = Pieces(part, fusedText);
                foreach (var (piece, readAs) in pieces)
                {
                    if (readAs is not null)
                    {
                        tokens.Add((piece, LineOf(piece), readAs, true));
                        continue;
                    }

                    // A line of cells run together leaves its figure runs whole, for the rows' arithmetic to read.
                    foreach (var cell in (flattened ? _flattened.Cut(piece) : [piece]).SelectMany(p => Unfuse(p, figures: !flattened)))
                    {
                        tokens.Add((cell, LineOf(cell), null, fused));
                    }
                }
            }
        }

        return tokens;
    }

    /// <summary>The line's parts apart by white space when two or more of them are words of a form or figures; in a fused text, a line without them parted at its labels; else the line.</summary>
    private (IReadOnlyList<(string Text, string? ReadAs)> Pieces, bool Fused) Pieces(string text, bool fusedText)
    {
        var parts = Spaces().Split(text).Where(p => p.Length > 0).ToArray();
        if (parts.Length < 2)
        {
            return fusedText ? (_fused.Part(text), true) : ([(text, null)], false);
        }

        // A title that a line runs on after (…绩效评分细则 评价单位:…) is a cell of its own.
        if (catalog.IsTitle(new LayoutCell(parts[0], 0, CellOrigin.None)))
        {
            var (rest, fused) = Pieces(text[(text.IndexOf(parts[0], StringComparison.Ordinal) + parts[0].Length)..].Trim(), fusedText);
            return ([(parts[0], null), .. rest], fused);
        }

        var known = parts.Count(p => catalog.Vocabulary.IsLabel(LabelKey.Of(p)) || NumberParser.IsNumber(p) || RateParser.Parse(p) is not null || LabelledValue(p) is not null);
        return known >= 2 ? (parts.Select(p => (p, (string?)null)).ToArray(), false) : fusedText ? (_fused.Part(text), true) : ([(text, null)], false);
    }

    /// <summary>A cell that runs a form's word into what follows it, or figures into figures, parted.</summary>
    private IEnumerable<string> Unfuse(string text, bool figures)
    {
        // 其中 ("of which") before a source's label says only that it is part of the total.
        if (text.Length > 3 && text.StartsWith(Of, StringComparison.Ordinal) && text[Of.Length] is ':' or '：' && LeadingLabel(text[(Of.Length + 1)..].TrimStart()) is not null)
        {
            text = text[(Of.Length + 1)..].TrimStart();
        }

        if (LabelledValue(text) is { } colonAt)
        {
            yield return text[..(colonAt + 1)];
            foreach (var rest in Unfuse(text[(colonAt + 1)..].Trim(), figures))
            {
                yield return rest;
            }

            yield break;
        }

        if (LeadingLabel(text) is { } label && label < text.Length && (char.IsAsciiDigit(text[label]) || text[label] is '-' or '—'))
        {
            yield return text[..label];
            text = text[label..];
        }

        // A line of cells run together leaves its figure runs whole, for the rows' arithmetic to read.
        foreach (var figure in figures ? Figures(text) : [text])
        {
            yield return figure;
        }
    }

    /// <summary>Where the colon of a "label: value" is, when the text starts with a form's word and a colon and goes on.</summary>
    private int? LabelledValue(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon > 0 && colon < text.Length - 1 && catalog.Vocabulary.IsLabel(LabelKey.Of(text[..colon])) ? colon : null;
    }

    /// <summary>The length of the longest form's word the text starts with (at least four characters), or null.</summary>
    private int? LeadingLabel(string text)
    {
        for (var length = Math.Min(text.Length - 1, 16); length >= 4; length--)
        {
            if (catalog.Vocabulary.IsLabel(LabelKey.Of(text[..length])))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>A run of figures parted into amounts with two decimals and percentages (120.00118.5010 is 120.00, 118.50, 10).</summary>
    private static string[] Figures(string text)
    {
        if (!FigureRun().IsMatch(text) || (text.Count(c => c == '.') < 2 && text.Count(c => c == '%') < 2 && !(text.Contains('.') && text.Contains('%'))))
        {
            return [text];
        }

        var parts = FigureParts().Matches(text).Select(m => m.Value).ToArray();
        return string.Concat(parts) == text ? parts : [text];
    }

    /// <summary>A form's word wrapped over two or more short cells is one cell; a bracketed unit or points join the word before.</summary>
    /// <summary>Whether four pieces are two headings wrapped alike and listed line by line: a + c and b + d are words, a + b is none.</summary>
    private bool Interleaved(string a, string b, string c, string d) =>
        !catalog.Vocabulary.IsLabel(LabelKey.Of(a + b))
        && catalog.Vocabulary.IsLabel(LabelKey.Of(a + c)) && catalog.Vocabulary.IsLabel(LabelKey.Of(b + d));

    private List<(string Text, int Line, string? ReadAs, bool Run)> Rewrap(List<(string Text, int Line, string? ReadAs, bool Run)> tokens)
    {
        var result = new List<(string Text, int Line, string? ReadAs, bool Run)>(tokens.Count);
        // What decides whether a token joins its neighbours, worked out once per token rather than once per window.
        var wrappable = tokens.Select(t => t.Text.Length <= MaxWrappedPiece && !NumberParser.IsNumber(t.Text)).ToArray();
        var isLabel = new bool?[tokens.Count];
        bool IsLabel(int at) => isLabel[at] ??= catalog.Vocabulary.IsLabel(tokens[at].ReadAs ?? LabelKey.Of(tokens[at].Text));
        for (var i = 0; i < tokens.Count; i++)
        {
            var joined = false;
            // Points printed before a word are the cell above's (a category's 30分 over its merged cell), not the word's start.
            var mayStart = wrappable[i] && !BracketSuffix().IsMatch(tokens[i].Text);
            var longest = 0;
            for (var chars = 0; mayStart && longest < MaxWrappedPieces && i + longest < tokens.Count && wrappable[i + longest]
                && (longest < 4 || chars + tokens[i + longest].Text.Length <= _longestLabel); longest++)
            {
                chars += tokens[i + longest].Text.Length;
            }

            for (var length = longest; mayStart && length >= 2 && !joined; length--)
            {
                var window = Enumerable.Range(i, length);
                // Pieces that are words each (执行率, 得分) stay apart even where their run names another word.
                if (!window.All(at => wrappable[at]) || window.All(IsLabel))
                {
                    continue;
                }

                var parts = tokens.GetRange(i, length);
                if (catalog.Vocabulary.IsLabel(LabelKey.Of(string.Concat(parts.Select(p => p.Text)))))
                {
                    result.Add((string.Concat(parts.Select(p => p.Text)), parts[0].Line, null, parts.Any(p => p.Run)));
                    i += length - 1;
                    joined = true;
                }
            }

            if (joined)
            {
                continue;
            }

            // Two headings side by side, each wrapped over two lines, listed line by line (年度 | 实际 | 指标值 | 完成值):
            // the first and third pieces are one heading, the second and fourth the other.
            if (mayStart && i + 3 < tokens.Count && Enumerable.Range(i, 4).All(at => wrappable[at] && tokens[at].Line == tokens[i].Line)
                && Interleaved(tokens[i].Text, tokens[i + 1].Text, tokens[i + 2].Text, tokens[i + 3].Text))
            {
                result.Add((tokens[i].Text + tokens[i + 2].Text, tokens[i].Line, null, tokens[i].Run || tokens[i + 2].Run));
                result.Add((tokens[i + 1].Text + tokens[i + 3].Text, tokens[i].Line, null, tokens[i + 1].Run || tokens[i + 3].Run));
                i += 3;
                continue;
            }

            // A year line broken by a space ((2022 年度)) is one cell.
            if (result.Count > 0 && result[^1].Line == tokens[i].Line && !FiscalYears.IsYearCell(LabelKey.Of(result[^1].Text))
                && FiscalYears.IsYearCell(LabelKey.Of(result[^1].Text + tokens[i].Text)))
            {
                result[^1] = (result[^1].Text + " " + tokens[i].Text, result[^1].Line, null, result[^1].Run || tokens[i].Run);
                continue;
            }

            if (result.Count > 0 && BracketSuffix().IsMatch(tokens[i].Text) && catalog.Vocabulary.IsLabel(LabelKey.Of(result[^1].Text))
                || (result.Count > 0 && BracketSuffix().IsMatch(tokens[i].Text) && IsBlockWord(result[^1].Text)))
            {
                result[^1] = (result[^1].Text + tokens[i].Text, result[^1].Line, null, result[^1].Run || tokens[i].Run);
                continue;
            }

            result.Add(tokens[i]);
        }

        return result;
    }

    private bool IsBlockWord(string text)
    {
        var key = LabelKey.Of(text);
        return catalog.Templates.Any(t => t.Blocks.Match(key) is not null);
    }

    [GeneratedRegex(@"[\s\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\d.,%]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureRun();

    [GeneratedRegex(@"\d+\.\d{2}%?|\d+%|\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex FigureParts();

    [GeneratedRegex(@"^[(（]?(\d{1,3}分?|万元|元)[)）]$|^\d{1,3}分[)）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketSuffix();
}
