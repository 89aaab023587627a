using FormExtract.Core.Model;

namespace FormExtract.Core.Forms;

/// <summary>Collects the extraction warnings of one form, each stamped with the form's index and the place.</summary>
internal sealed class FormWarnings(int formIndex)
{
    private readonly List<ExtractionWarning> _items = [];

    public IReadOnlyList<ExtractionWarning> Items => _items;

    public void Add(string code, string message, string? path, CellOrigin origin) =>
        _items.Add(new ExtractionWarning(code, message, formIndex, path, origin.Page, origin.Line));
}
