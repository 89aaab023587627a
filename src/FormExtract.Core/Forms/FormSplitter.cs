using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Cuts a document's rows into forms: a form starts at its title, or at a 项目名称 row when the current
/// form already has one (a form whose title was lost). Rows before the first form are returned apart.
/// </summary>
internal static class FormSplitter
{
    public static (IReadOnlyList<LayoutRow> Preamble, IReadOnlyList<IReadOnlyList<LayoutRow>> Forms) Split(IReadOnlyList<LayoutRow> rows)
    {
        var forms = new List<IReadOnlyList<LayoutRow>>();
        var preamble = new List<LayoutRow>();
        List<LayoutRow>? current = null;
        var currentHasName = false;
        foreach (var row in rows)
        {
            var isTitle = row.NonEmpty.Any(Labels.IsTitle);
            var isName = Labels.Find(row, SelfEvaluationTemplate.ProjectName) is not null;
            // A title printed twice (a heading over a page break) does not start a second, empty form.
            var startsForm = isTitle
                ? !(current is [var only] && only.NonEmpty.Any(Labels.IsTitle))
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
