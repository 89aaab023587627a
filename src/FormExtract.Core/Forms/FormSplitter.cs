using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Cuts a document's rows into forms: a form starts at its title, or at a 项目名称 row when the current
/// form already has one (a form whose title was lost). Rows before the first form are returned apart.
/// </summary>
internal sealed class FormSplitter(TemplateCatalog catalog)
{
    public (IReadOnlyList<LayoutRow> Preamble, IReadOnlyList<IReadOnlyList<LayoutRow>> Forms) Split(IReadOnlyList<LayoutRow> rows)
    {
        var forms = new List<IReadOnlyList<LayoutRow>>();
        var preamble = new List<LayoutRow>();
        List<LayoutRow>? current = null;
        var currentHasName = false;
        foreach (var row in rows)
        {
            var isTitle = HoldsTitle(row);
            var isName = HoldsProjectName(row);
            // A title printed twice (a heading over a page break) does not start a second, empty form.
            var startsForm = isTitle
                ? !(current is [var only] && HoldsTitle(only))
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

    // Loops rather than Any with a lambda: every row of every input comes through here, and a lambda that uses
    // the catalog is a new delegate each time.
    private bool HoldsTitle(LayoutRow row)
    {
        var cells = row.NonEmpty;
        for (var i = 0; i < cells.Count; i++)
        {
            if (catalog.IsTitle(cells[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HoldsProjectName(LayoutRow row)
    {
        var cells = row.NonEmpty;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].IsSpanCopy && catalog.ProjectNames.IsExactly(cells[i].Key))
            {
                return true;
            }
        }

        return false;
    }
}
