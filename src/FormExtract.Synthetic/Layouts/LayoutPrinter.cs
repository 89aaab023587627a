using FormExtract.Core.Model;
using FormExtract.Synthetic.Generation;
using FormExtract.Synthetic.Grids;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// How one layout prints a form: the truth of a draft as that layout prints it (its title, its labels, the
/// fields it has), and the printed table of a truth. The words are the layout's own, as provinces print them
/// (corpus/real/TEMPLATES.md), kept apart from the readers' descriptions on purpose.
/// </summary>
internal abstract class LayoutPrinter
{
    /// <summary>The truth of a draft in this layout; <paramref name="random"/> picks among the layout's spellings.</summary>
    public abstract Form Truth(FormDraft draft, IReadOnlyList<Finding> findings, Random random);

    /// <summary>The printed table of a truth; <paramref name="random"/> fills in what only the print shows.</summary>
    public abstract FormGrid Grid(Form form, Random random);
}
