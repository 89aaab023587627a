using FormExtract.Core.Model;

namespace FormExtract.Core.Review;

/// <summary>One cell slot of a form: its JSON Pointer, its kind, and the cell (null where the form leaves it empty).</summary>
public sealed record FormCell(string Path, CellKind Kind, Cell? Cell);
