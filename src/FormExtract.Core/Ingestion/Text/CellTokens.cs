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
    private const string Of = "其中";

    private readonly FusedWords _fused = new(catalog);

    public IReadOnlyList<LayoutCell> Read(IReadOnlyList<TextLine> lines, CancellationToken cancellationToken)
    {
        var tokens = new List<(string Text, int Line)>();
        var previousFused = false;
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.IsBlank)
            {
                continue;
            }

            // A fused line's wrapped end (>=90%95%1010总分10096.8) is fused too.
            var fused = _fused.IsFused(line.Text) || (previousFused && _fused.Cut(line.Text).Count > 1);
            previousFused = fused;
            foreach (var part in catalog.HeaderLine.Split(line.Text.Trim()))
            {
                foreach (var piece in Pieces(part).SelectMany(p => fused ? _fused.Cut(p) : [p]))
                {
                    foreach (var cell in Unfuse(piece, figures: !fused))
                    {
                        tokens.Add((cell, line.Number));
                    }
                }
            }
        }

        return Rewrap(tokens).Select(t => new LayoutCell(t.Text, 0, CellOrigin.AtLine(t.Line))).ToArray();
    }

    /// <summary>The line's parts apart by white space when two or more of them are words of a form or figures; else the line.</summary>
    private string[] Pieces(string text)
    {
        var parts = Spaces().Split(text).Where(p => p.Length > 0).ToArray();
        if (parts.Length < 2)
        {
            return [text];
        }

        var known = parts.Count(p => catalog.Vocabulary.IsLabel(LabelKey.Of(p)) || NumberParser.IsNumber(p) || RateParser.Parse(p) is not null || LabelledValue(p) is not null);
        return known >= 2 ? parts : [text];
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

    /// <summary>A form's word wrapped over two to four short cells is one cell; a bracketed unit or points join the word before.</summary>
    private List<(string Text, int Line)> Rewrap(List<(string Text, int Line)> tokens)
    {
        var result = new List<(string Text, int Line)>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var joined = false;
            for (var length = Math.Min(4, tokens.Count - i); length >= 2 && !joined; length--)
            {
                var parts = tokens.Skip(i).Take(length).ToArray();
                // Pieces that are words each (执行率, 得分) stay apart even where their run names another word.
                if (parts.All(p => p.Text.Length <= MaxWrappedPiece && !NumberParser.IsNumber(p.Text))
                    && !parts.All(p => catalog.Vocabulary.IsLabel(LabelKey.Of(p.Text)))
                    && catalog.Vocabulary.IsLabel(LabelKey.Of(string.Concat(parts.Select(p => p.Text)))))
                {
                    result.Add((string.Concat(parts.Select(p => p.Text)), parts[0].Line));
                    i += length - 1;
                    joined = true;
                }
            }

            if (joined)
            {
                continue;
            }

            // A year line broken by a space ((2022 年度)) is one cell.
            if (result.Count > 0 && result[^1].Line == tokens[i].Line && !FiscalYears.IsYearCell(LabelKey.Of(result[^1].Text))
                && FiscalYears.IsYearCell(LabelKey.Of(result[^1].Text + tokens[i].Text)))
            {
                result[^1] = (result[^1].Text + " " + tokens[i].Text, result[^1].Line);
                continue;
            }

            if (result.Count > 0 && BracketSuffix().IsMatch(tokens[i].Text) && catalog.Vocabulary.IsLabel(LabelKey.Of(result[^1].Text))
                || (result.Count > 0 && BracketSuffix().IsMatch(tokens[i].Text) && IsBlockWord(result[^1].Text)))
            {
                result[^1] = (result[^1].Text + tokens[i].Text, result[^1].Line);
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
