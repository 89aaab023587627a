using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Cuts a document's rows into forms: a form starts at its title, or at a 项目名称 row when the current
/// form already has one (a form whose title was lost). Rows before the first form are returned apart.
/// </summary>
internal sealed class FormSplitter(TemplateCatalog catalog)
{
    private readonly WordList _projectNames = new(catalog.Templates.SelectMany(t => t.Header[HeaderField.ProjectName].Words));

    public (IReadOnlyList<LayoutRow> Preamble, IReadOnlyList<IReadOnlyList<LayoutRow>> Forms) Split(IReadOnlyList<LayoutRow> rows)
    {
        var forms = new List<IReadOnlyList<LayoutRow>>();
        var preamble = new List<LayoutRow>();
        List<LayoutRow>? current = null;
        var currentHasName = false;
        foreach (var row in rows)
        {
            var isTitle = row.NonEmpty.Any(catalog.IsTitle);
            var isName = row.NonEmpty.Any(c => !c.IsSpanCopy && _projectNames.IsExactly(c.Key));
            // A title printed twice (a heading over a page break) does not start a second, empty form.
            var startsForm = isTitle
                ? !(current is [var only] && only.NonEmpty.Any(catalog.IsTitle))
                : isName && (current is null || currentHasName);
            if (startsForm)
            {
                current = [];
                forms.Add(current);
                currentHasName = false;
            }

            if (current is null)
            {
                preamble.Add(row);
                continue;
            }

            current.Add(row);
            currentHasName |= isName;
        }

        return (preamble, forms);
    }
}
