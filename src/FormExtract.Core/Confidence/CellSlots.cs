using FormExtract.Core.Model;

namespace FormExtract.Core.Confidence;

/// <summary>One cell field of a record: its step in the JSON Pointer, how to read it and how to replace it.</summary>
internal readonly record struct CellSlot<TOwner>(string Step, Func<TOwner, Cell?> Get, Func<TOwner, Cell, TOwner> Set);

/// <summary>
/// The cell fields of one record, in reading order, with their paths under one place in the form: the single list
/// both the listing and the rebuilding of a form follow.
/// </summary>
internal sealed class CellSlots<TOwner>
{
    private readonly CellSlot<TOwner>[] _slots;
    private readonly string[] _paths;

    private CellSlots(CellSlot<TOwner>[] slots, string[] paths)
    {
        _slots = slots;
        _paths = paths;
    }

    /// <summary>The fields at the form's root: their paths are their steps under <c>/</c>.</summary>
    public static CellSlots<TOwner> Of(params CellSlot<TOwner>[] slots) => new(slots, [.. slots.Select(s => "/" + s.Step)]);

    /// <summary>The same fields under <paramref name="prefix"/> (<c>/indicators/3</c>); the paths are made once, not per form.</summary>
    public CellSlots<TOwner> Under(string prefix) => new(_slots, [.. _slots.Select(s => prefix + "/" + s.Step)]);

    /// <summary>Each cell visited in order; the owner is copied only for a cell <paramref name="visit"/> replaced.</summary>
    public TOwner Visit(TOwner owner, Func<string, Cell, Cell> visit)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Get(owner) is not { } cell)
            {
                continue;
            }

            var now = visit(_paths[i], cell);
            if (!ReferenceEquals(now, cell))
            {
                owner = _slots[i].Set(owner, now);
            }
        }

        return owner;
    }
}

/// <summary>
/// The fields of the records of a list (indicators, extra funding rows) under each index, made once for the
/// indices forms use and kept: a form's paths are the same from one form to the next, so building them per cell
/// would be wasted work.
/// </summary>
internal sealed class IndexedCellSlots<TOwner>(string prefix, CellSlots<TOwner> slots)
{
    // Indices past this are rare enough to be placed afresh each time rather than kept.
    private const int Kept = 256;

    private readonly CellSlots<TOwner>[] _at = [.. Enumerable.Range(0, Kept).Select(i => Place(prefix, slots, i))];

    public CellSlots<TOwner> At(int index) => index < Kept ? _at[index] : Place(prefix, slots, index);

    private static CellSlots<TOwner> Place(string prefix, CellSlots<TOwner> slots, int index) => slots.Under(FormattableString.Invariant($"{prefix}/{index}"));
}
