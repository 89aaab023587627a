using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Roles;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Layout-to-form stage: cuts a document's rows into forms, recognises each one's layout from its own words,
/// tags its cells with their roles and builds the form from them. The same for every input kind; readers
/// differ only in how they produce rows.
/// </summary>
public sealed class FormAssembler
{
    private readonly TemplateCatalog _catalog;
    private readonly IRowTagger _tagger;
    private readonly FormSplitter _splitter;

    public FormAssembler(TemplateCatalog catalog, IRowTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(tagger);
        _catalog = catalog;
        _tagger = tagger;
        _splitter = new FormSplitter(catalog);
    }

    public FormAssembler(TemplateCatalog catalog)
        : this(catalog, new HeaderRowTagger(catalog))
    {
    }

    /// <summary>The assembler of the layouts described in the library.</summary>
    public static FormAssembler Default { get; } = new(TemplateCatalog.Default);

    public AssembledForms Assemble(LayoutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var (preamble, segments) = _splitter.Split(layout.Rows);
        var warnings = new List<ExtractionWarning>();
        var forms = new List<Form>();
        var traditional = LooksTraditional(layout.Rows);
        var skipped = new List<LayoutRow>();
        var tail = new List<(TaggedRow Row, string Part)>();
        var before = 0;
        // What comes before the first title may be the tail of a form the input cut off at its start.
        foreach (var (segment, isPreamble) in segments.Select(s => (s, false)).Prepend((preamble, true)))
        {
            if (segment.Count == 0)
            {
                continue;
            }

            var template = _catalog.Recognize(segment);
            var tagged = _tagger.Tag(segment, template);
            var cutInItsHeader = !isPreamble && ReferenceEquals(segment, segments[^1]) && EndsInACutLabel(segment, template);
            if (!HoldsAForm(tagged) && !cutInItsHeader)
            {
                // A heading that names a form (a page's title above the form itself) is not a form.
                skipped.AddRange(segment.Where(r => !r.IsBlank));
                tail.AddRange(PartsOfATail(tagged));
                before = isPreamble ? skipped.Count : before;
                continue;
            }

            var (form, formWarnings) = FormBuilder.Build(tagged, forms.Count, traditional, startsCut: isPreamble);
            forms.Add(form);
            warnings.AddRange(formWarnings);
        }

        if (forms.Count == 0)
        {
            return new AssembledForms([], [NoForms(layout.Rows, tail)]);
        }

        if (skipped.Count > 0)
        {
            var origin = skipped[0].NonEmpty[0].Origin;
            var message = skipped.Count == before ? "Text before the first form was skipped." : "Text outside the forms was skipped.";
            warnings.Insert(0, new ExtractionWarning("text-before-form", message, Page: origin.Page, Line: origin.Line));
        }

        return new AssembledForms(forms, warnings);
    }

    /// <summary>
    /// The warning that no form was found. Where the text holds the tail of a form (a 合计 row with its figure, a
    /// 评价结论) without the title, header or headings that would place its figures, the warning names that line and
    /// what it holds, so a reader sees why nothing was read from it.
    /// </summary>
    private static ExtractionWarning NoForms(IReadOnlyList<LayoutRow> rows, List<(TaggedRow Row, string Part)> tail)
    {
        const string message = "No self-evaluation form (绩效自评表) was found";
        if (tail.Count == 0)
        {
            var first = rows.SelectMany(r => r.NonEmpty).Select(c => c.Origin).FirstOrDefault();
            return new ExtractionWarning("no-forms", message + ".", Page: first.Page, Line: first.Line);
        }

        var origin = tail[0].Row.Row.NonEmpty[0].Origin;
        var lines = tail.Select(t => t.Row.Row.NonEmpty[0].Origin.Line).Distinct().ToList();
        var where = lines.Count == 1 ? $"line {lines[0]} holds" : $"lines {lines[0]}–{lines[^1]} hold";
        var parts = string.Join(", ", tail.Select(t => t.Part).Distinct().Take(4));
        return new ExtractionWarning(
            "no-forms",
            $"{message}: {where} the tail of one ({parts}) without the title, header or column headings that would place its figures, so nothing was read from it.",
            Page: origin.Page,
            Line: origin.Line);
    }

    /// <summary>
    /// The rows of a form's tail that are recognisable without its headings, each with what names it: a total with
    /// its figure, or a block outside the contract by its label (评价结论 …).
    /// </summary>
    private static IEnumerable<(TaggedRow Row, string Part)> PartsOfATail(TaggedForm tagged)
    {
        var outside = tagged.Template.Blocks[FormBlock.OutsideContract];
        foreach (var row in tagged.Rows)
        {
            if (row.Kind == RowKind.Total && row.Row.NonEmpty.Any(c => c.Text.Any(char.IsAsciiDigit)))
            {
                yield return (row, $"'{Describe(row.Row)}'");
            }
            else if (row.Kind == RowKind.OutsideContract && outside.MatchLength(row.Row.NonEmpty[0].Key) is > 0 and var length)
            {
                yield return (row, row.Row.NonEmpty[0].Key[..length]);
            }
        }
    }

    private static string Describe(LayoutRow row)
    {
        var text = string.Join(" | ", row.NonEmpty.Select(c => c.Text.Trim()));
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    /// <summary>Whether the document is a copy in Traditional characters; most hold none, found in one quick pass.</summary>
    private static bool LooksTraditional(IReadOnlyList<LayoutRow> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].NonEmpty;
            for (var c = 0; c < cells.Count; c++)
            {
                if (TraditionalChinese.HasTraditional(cells[c].Text))
                {
                    return TraditionalChinese.LooksTraditional(rows.SelectMany(row => row.NonEmpty).Select(cell => cell.Text));
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the input breaks off inside the form's header: its last words are the start of a header label cut
    /// mid-word (转移支 of 转移支付(项目)名称). A titled form cut there is a form that lost the rest of itself, not a page's
    /// heading, and is kept with its title, year and layout. Rows after it without a Chinese letter (a page marker) do not count.
    /// </summary>
    private static bool EndsInACutLabel(IReadOnlyList<LayoutRow> segment, FormTemplate template)
    {
        for (var r = segment.Count - 1; r > 0; r--)
        {
            var cells = segment[r].NonEmpty;
            if (!cells.Any(c => c.Text.Any(TextNormalizer.IsCjk)))
            {
                continue;
            }

            return cells.Count == 1 && cells[0].Key.Length >= 3 && template.HeaderWords.IsCutWord(cells[0].Key);
        }

        return false;
    }

    /// <summary>
    /// A form fills in at least one of its parts: a header field's value, a funding row's figure, a named
    /// indicator, a rubric's scored criterion or a total. Headings alone (a page that lists a form's words, a search
    /// query) are no form.
    /// </summary>
    private static bool HoldsAForm(TaggedForm tagged) =>
        tagged.Rows.Any(r => r.Cells.Any(c => c.Role is CellRole.ProjectName or CellRole.Department or CellRole.ImplementingUnit
            or CellRole.InitialBudget or CellRole.AdjustedBudget or CellRole.Executed or CellRole.IndicatorName)
            || (r.Kind == RowKind.Criterion && r.Row.NonEmpty.Any(c => c.Text.Any(char.IsAsciiDigit))));
}
