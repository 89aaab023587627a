using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>
/// The tagging stage: gives each row of one form its kind and each cell its role, against the layout the form
/// was recognised as. Form building reads the roles and matches no words itself.
/// </summary>
public interface IRowTagger
{
    TaggedForm Tag(IReadOnlyList<LayoutRow> rows, FormTemplate layout);
}
