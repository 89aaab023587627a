using FormExtract.Core.Normalization;
using System.Collections.Frozen;
using System.Reflection;
using FormExtract.Core.Layout;

namespace FormExtract.Core.Template;

/// <summary>
/// The layouts FormExtract knows, each from its description, and the recognition of a form's layout from
/// its own words: the title it prints and the header words characteristic of one layout. Adding a layout
/// means adding a description (<see cref="With"/> for one from elsewhere); no reader changes.
/// </summary>
public sealed partial class TemplateCatalog
{
    /// <summary>The national project layout: what a form is read as when nothing tells another.</summary>
    public const string NationalId = "project-self-evaluation";

    private const string ResourcePrefix = "FormExtract.Core.Template.Layouts.";

    /// <summary>A title line is short: a sentence that mentions a form's name is not its title.</summary>
    private const int MaxTitleExtra = 40;

    /// <summary>Headings longer than this are not looked up: 执行率(全年执行数/全年预算数) is among the longest.</summary>
    private const int MaxHeadingLength = 24;

    /// <summary>Headings of a layout found that outweigh a longer title of a layout none of whose headings were found.</summary>
    private const int MinPrintedSignature = 3;

    private readonly IReadOnlyDictionary<string, TemplateDescription> _descriptions;
    private readonly Dictionary<string, FormTemplate> _templates;

    /// <summary>Every signature word of every layout by its number, for finding those a form prints in one pass over its cells.</summary>
    private readonly FrozenDictionary<string, int> _signatureWords;

    /// <summary>The numbers of each layout's signature words, in the order of <see cref="Templates"/>.</summary>
    private readonly int[][] _templateSignatures;
    private readonly int _longestSignature;

    /// <summary>The lengths signature words have, longest first: a cell's prefixes of other lengths need no lookup.</summary>
    private readonly int[] _signatureLengths;

    /// <summary>The first two characters of every signature word: a cell that starts with none of them needs no lookup at all.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _signatureStarts;

    /// <summary>The first character of every signature word, checked before the two: figures and most texts fail on it.</summary>
    private readonly System.Buffers.SearchValues<char> _signatureFirsts;
    private readonly System.Buffers.SearchValues<char> _titleEnds;

    private TemplateCatalog(IReadOnlyDictionary<string, TemplateDescription> descriptions)
    {
        _descriptions = descriptions;
        _templates = descriptions.Values.Where(d => !d.Abstract)
            .OrderBy(d => d.Id == NationalId ? 0 : 1).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(d => d.Id, d => TemplateResolver.Resolve(d, descriptions));
        Templates = _templates.Values.ToArray();
        National = _templates.GetValueOrDefault(NationalId) ?? (Templates.Count > 0 ? Templates[0] : null)
            ?? throw new InvalidDataException("The catalog describes no layout.");
        Titles = new WordList(Templates.SelectMany(t => t.Titles.Words));
        Vocabulary = new TemplateVocabulary(Templates);
        ProjectNames = new WordList(Templates.SelectMany(t => t.Header[HeaderField.ProjectName].Words));
        HeaderLine = new LabelledLine(Templates.SelectMany(t => new[] { HeaderField.ProjectName, HeaderField.Department, HeaderField.ImplementingUnit }
            .SelectMany(f => t.Header[f].Words)));
        var signatureWords = Templates.SelectMany(t => t.Signature.Words).Select(LabelKey.Of).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _signatureWords = signatureWords.Select((w, i) => KeyValuePair.Create(w, i)).ToFrozenDictionary(StringComparer.Ordinal);
        _templateSignatures = Templates.Select(t => t.Signature.Keys.Select(k => _signatureWords[k]).ToArray()).ToArray();
        _longestSignature = signatureWords.Select(w => w.Length).DefaultIfEmpty(0).Max();
        _signatureLengths = signatureWords.Select(w => w.Length).Distinct().OrderDescending().ToArray();
        _titleEnds = System.Buffers.SearchValues.Create(string.Concat(Titles.Keys.Select(t => t[^1]).Distinct().Order()));
        _signatureFirsts = System.Buffers.SearchValues.Create(string.Concat(signatureWords.Select(w => w[0]).Distinct()));
        _signatureStarts = signatureWords.Where(w => w.Length >= 2).Select(w => w[..2]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The layouts described in the library (Template/Layouts/*.json).</summary>
    public static TemplateCatalog Default { get; } = FromResources();

    /// <summary>Every layout that can be recognised, the national one first.</summary>
    public IReadOnlyList<FormTemplate> Templates { get; }

    public FormTemplate National { get; }

    /// <summary>Every title word of every layout.</summary>
    public WordList Titles { get; }

    /// <summary>The header fields of every layout written as "label：value" on a line of their own.</summary>
    public LabelledLine HeaderLine { get; }

    /// <summary>The 项目名称 label of every layout: where no title was printed, a form starts at it.</summary>
    public WordList ProjectNames { get; }

    /// <summary>Every word of every layout, for readers that correct what they read towards the form's words.</summary>
    public TemplateVocabulary Vocabulary { get; }

    /// <summary>A catalog of these descriptions (JSON texts).</summary>
    public static TemplateCatalog FromDescriptions(IEnumerable<(string Source, string Json)> descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        var parsed = new Dictionary<string, TemplateDescription>(StringComparer.Ordinal);
        foreach (var (source, json) in descriptions)
        {
            var description = TemplateDescriptionJson.Parse(json, source);
            if (!parsed.TryAdd(description.Id, description))
            {
                throw new InvalidDataException($"{source}: layout '{description.Id}' is described twice.");
            }
        }

        return new TemplateCatalog(parsed);
    }

    /// <summary>This catalog with one more layout (or one replaced), described by a JSON text.</summary>
    public TemplateCatalog With(string json, string source = "description")
    {
        var description = TemplateDescriptionJson.Parse(json, source);
        var descriptions = new Dictionary<string, TemplateDescription>(_descriptions, StringComparer.Ordinal)
        {
            [description.Id] = description,
        };
        return new TemplateCatalog(descriptions);
    }

    /// <summary>The layout of this id; the national one for an id the catalog does not know.</summary>
    public FormTemplate Get(string? id) => id is not null && _templates.TryGetValue(id, out var template) ? template : National;

    /// <summary>
    /// Whether the cell is a form's title line: short, and holding a title word of some layout. A file's name (…自评表.pdf,
    /// as a download page lists it) names a document, not the form printed in it.
    /// </summary>
    public bool IsTitle(LayoutCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var key = cell.Key;
        // A title ends like one of the titles (…表, …报告, …结果): most cells are turned away on one search.
        return key.Length >= 4 && key.AsSpan().IndexOfAny(_titleEnds) >= 0
            && Titles.FoundIn(key) is { } word && key.Length <= word.Length + MaxTitleExtra && !IsSentence(key) && !FileName().IsMatch(cell.Text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(?:pdf|docx?|xlsx?|wps|et)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FileName();

    /// <summary>
    /// The layout whose words the form's rows carry best: the longest title word found in a title line (部门预算项目
    /// 支出绩效自评表 over 项目支出绩效自评表), then the number of its signature words among the cells; the national
    /// layout when nothing tells.
    /// </summary>
    public FormTemplate Recognize(IReadOnlyList<LayoutRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Signature words found: a cell that is a word, or starts with one (分值(10分) holds 分值(10分) and 分值).
        var found = new bool[_signatureWords.Count];
        var lookup = _signatureWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var titles = new List<string>();
        // Every cell of the form comes through here: loops, not LINQ, and one lookup turns most cells away.
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].NonEmpty;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var key = cell.Key;
                // A heading is short; a long text that starts with a heading's word is a sentence, not a heading.
                var longest = key.Length is <= MaxHeadingLength and >= 2 && _signatureFirsts.Contains(key[0]) && _signatureStarts.Contains(key.AsSpan(0, 2)) ? Math.Min(key.Length, _longestSignature) : 0;
                for (var l = 0; longest > 0 && l < _signatureLengths.Length; l++)
                {
                    var length = _signatureLengths[l];
                    if (length <= longest && length >= 2 && lookup.TryGetValue(key.AsSpan(0, length), out var word))
                    {
                        found[word] = true;
                    }
                }

                if (IsTitle(cell))
                {
                    titles.Add(key);
                }
            }
        }

        var best = National;
        var bestScore = 0;
        var bestSignature = 0;
        FormTemplate? printed = null;
        var printedSignature = 0;
        for (var t = 0; t < Templates.Count; t++)
        {
            var template = Templates[t];
            var titleLength = 0;
            foreach (var title in titles)
            {
                titleLength = Math.Max(titleLength, template.Titles.FoundIn(title)?.Length ?? 0);
            }

            var signature = 0;
            foreach (var word in _templateSignatures[t])
            {
                signature += found[word] ? 1 : 0;
            }

            var score = (titleLength * 10) + (signature * 5);
            if (score > bestScore)
            {
                (best, bestScore, bestSignature) = (template, score, signature);
            }

            if (titleLength > 0 && signature > printedSignature)
            {
                (printed, printedSignature) = (template, signature);
            }
        }

        // A longer title alone does not pick a layout none of whose headings the form prints, over one whose
        // title it also carries and several of whose headings it does.
        return bestSignature == 0 && printedSignature >= MinPrintedSignature && printed is not null ? printed : best;
    }

    private static bool IsSentence(string key) => key.Contains('。', StringComparison.Ordinal) || key.Contains('，', StringComparison.Ordinal) || key.Count(c => c == ',') > 1;

    private static TemplateCatalog FromResources()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        return FromDescriptions(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], Read(assembly, n))));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
