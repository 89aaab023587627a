using System.Buffers;
using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Ocr;

/// <summary>
/// Puts the unit after a target's or an actual value's figure back into the template's unit vocabulary
/// (=0座 is =0次 with its unit misread) when the recogniser itself weighed the vocabulary's unit at those
/// places: a unit outside the vocabulary is left alone unless the model's own runners-up spell exactly one
/// unit of it, so a form that counts something else keeps its word.
/// </summary>
internal sealed class UnitSnapper(TemplateVocabulary vocabulary)
{
    /// <summary>Runners-up taken per character, by rank: the LSTM's confidences for them are mostly near zero.</summary>
    private const int ChoicesPerPlace = 3;

    private static readonly SearchValues<char> FigureMarks = SearchValues.Create("0123456789%");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private const char Percent = '%';

    /// <summary>The prefix that scales a count unit by ten thousand (3.5万人次 is 35000 人次).</summary>
    private const char TenThousand = '万';

    private readonly HashSet<string> _units = [.. vocabulary.MeasureUnits];

    /// <summary>The measure with its unit snapped, or unchanged.</summary>
    public string Snap(string measure, IReadOnlyList<OcrSymbol>? symbols)
    {
        var lastFigure = measure.AsSpan().LastIndexOfAny(FigureMarks);
        if (lastFigure < 0 || lastFigure == measure.Length - 1 || symbols is not { Count: > 0 })
        {
            return measure;
        }

        var unit = measure[(lastFigure + 1)..].Trim();
        if (unit.Length == 0 || _units.Contains(unit) || !unit.All(TextNormalizer.IsCjk))
        {
            return measure;
        }

        // The unit's characters are the last symbols read; each place may take its own reading or a runner-up.
        var read = symbols.Select(s => s.Text).ToArray();
        if (!string.Concat(read).EndsWith(unit, StringComparison.Ordinal) || read.Length < unit.Length || read[^unit.Length..].Any(t => t.Length != 1))
        {
            return measure;
        }

        var places = symbols.Skip(symbols.Count - unit.Length)
            .Select(s => (IReadOnlyList<string>)[s.Text, .. s.Choices.Select(c => c.Text).Where(t => t != s.Text).Take(ChoicesPerPlace)])
            .ToArray();
        var spelled = Spellings(places).Where(_units.Contains).Distinct(StringComparer.Ordinal).ToArray();
        return spelled.Length == 1 ? measure[..(lastFigure + 1)] + spelled[0] : measure;
    }

    /// <summary>Whether <paramref name="unit"/> is one of the layouts' measure units.</summary>
    public bool IsUnit(string unit) => _units.Contains(unit);

    /// <summary>
    /// The measure with the unit of another reading of the same cell (the cell read whole, not cut after its
    /// comparator) where that one is a unit of the vocabulary and this one is not, and both read the same figure.
    /// The unit is all that follows the figure's last digit, percent signs too: cut after its comparator, a
    /// percent sign may come back as a stray glyph among two of them (=100% read as 100上%%).
    /// </summary>
    public string Prefer(string measure, string other)
    {
        var (figure, unit) = Split(measure, Digits);
        var (otherFigure, otherUnit) = Split(other, Digits);
        return unit.Length > 0 && !_units.Contains(unit) && _units.Contains(otherUnit) && Figure(figure) == Figure(otherFigure) && Figure(figure).Length > 0
            ? measure[..^unit.Length] + otherUnit
            : measure;
    }

    /// <summary>
    /// The measures of one row (an indicator's target and actual value) with units outside the vocabulary put
    /// back where the row agrees on one unit: both count in the same unit (one may scale it, 3.5万人次 against
    /// ≥30000人次), so a misread unit (恢次, 人侈) may be any vocabulary unit that differs from it in one
    /// character, and the row's units together must leave exactly one. A row that names a unit of its own
    /// (座 in both cells) keeps it, as does a row whose readings leave two units or none. A percentage counts in
    /// %, though its sign is one of the figure's marks: a % read as an ideograph (≥90的 beside ≥90%, on a page fed
    /// askew) is the row's %.
    /// </summary>
    public IReadOnlyList<string> Agree(IReadOnlyList<string> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var units = measures.Select(m => m.EndsWith(Percent) ? Percent.ToString() : Split(m, FigureMarks).Unit).ToArray();
        if (!units.Any(u => u.Length > 0 && !_units.Contains(u)))
        {
            return measures;
        }

        HashSet<string>? common = null;
        foreach (var unit in units.Where(u => u.Length > 0))
        {
            var (_, counted) = Scale(unit);
            var candidates = _units.Contains(unit) ? [counted] : _units.Where(u => OneApart(u, counted)).ToHashSet(StringComparer.Ordinal);
            common ??= candidates;
            common.IntersectWith(candidates);
        }

        if (common is not { Count: 1 })
        {
            return measures;
        }

        var agreed = common.Single();
        return measures.Select((m, i) => units[i].Length > 0 && !_units.Contains(units[i]) && _units.Contains(Scale(units[i]).Prefix + agreed)
            ? m[..^units[i].Length] + Scale(units[i]).Prefix + agreed
            : m).ToArray();
    }

    /// <summary>A unit split into its scaling prefix (万) and what it counts.</summary>
    private static (string Prefix, string Counted) Scale(string unit) =>
        unit.Length > 1 && unit[0] == TenThousand ? (unit[..1], unit[1..]) : (string.Empty, unit);

    /// <summary>Same length, one character different: a unit misread in one place.</summary>
    private static bool OneApart(string unit, string read) =>
        unit.Length == read.Length && read.All(TextNormalizer.IsCjk) && unit.Where((c, i) => c != read[i]).Count() == 1;

    /// <summary>A measure split after the last of <paramref name="figureEnds"/> into its figure and its unit.</summary>
    private static (string Figure, string Unit) Split(string measure, SearchValues<char> figureEnds)
    {
        var end = measure.AsSpan().LastIndexOfAny(figureEnds);
        return end < 0 ? (measure, string.Empty) : (measure[..(end + 1)], measure[(end + 1)..].Trim());
    }

    private static string Figure(string text) => string.Concat(text.Where(c => char.IsAsciiDigit(c) || c == '.'));

    private static IEnumerable<string> Spellings(IReadOnlyList<IReadOnlyList<string>> places) =>
        places.Aggregate<IReadOnlyList<string>, IEnumerable<string>>([string.Empty], (prefixes, place) => prefixes.SelectMany(p => place.Select(c => p + c)));
}
