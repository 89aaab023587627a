using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// The tagger that reads a form as its printed headers describe it: block labels and row labels by the
/// layout's words, the funding block's and the indicator table's columns from their header rows (the layout's
/// order where none was printed), and each indicator row aligned to those columns by its cells' shapes.
/// </summary>
public sealed class HeaderRowTagger(TemplateCatalog catalog) : IRowTagger
{
    /// <summary>One aligner per layout, kept across forms: a bulk load's forms repeat the same row shapes.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FormTemplate, IndicatorRowAligner> _aligners = new(ReferenceEqualityComparer.Instance);

    public TaggedForm Tag(IReadOnlyList<LayoutRow> rows, FormTemplate layout)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(layout);
        var run = new FormTagging(catalog, layout, _aligners.GetOrAdd(layout, static t => new IndicatorRowAligner(t)));
        var tagged = rows.Select(run.Tag).ToArray();
        return new TaggedForm(layout, tagged) { IndicatorHeaderSeen = run.IndicatorHeaderSeen };
    }
}
