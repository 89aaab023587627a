using FormExtract.Core.Layout;

namespace FormExtract.Core.Roles;

/// <summary>A layout cell with the role the tagger gave it.</summary>
public readonly record struct TaggedCell(LayoutCell Cell, CellRole Role);
