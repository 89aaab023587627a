using System.Runtime.CompilerServices;
using FormExtract.Core.Model;

namespace FormExtract.Core.Confidence;

/// <summary>One cell field of a record: its step in the JSON Pointer and how to read it.</summary>
internal readonly record struct CellSlot<TOwner>(string Step, Func<TOwner, Cell?> Get);

/// <summary>The record with its cell fields set to <paramref name="cells"/>, one a slot in the slots' order.</summary>
internal delegate TOwner CellRebuild<TOwner>(TOwner owner, ReadOnlySpan<Cell?> cells);

/// <summary>
/// The cell fields of one record, in reading order, with their paths under one place in the form: the single list
/// both the listing and the rebuilding of a form follow.
/// </summary>
internal sealed class CellSlots<TOwner>
{
    /// <summary>The most cell fields a record has (an indicator's six, with room to spare).</summary>
    private const int Most = 8;

    private readonly CellSlot<TOwner>[] _slots;
    private readonly CellRebuild<TOwner> _rebuild;
    private readonly string[] _paths;

    private CellSlots(CellSlot<TOwner>[] slots, CellRebuild<TOwner> rebuild, string[] paths)
    {
        _slots = slots.Length <= Most ? slots : throw new ArgumentException($"a record has at most {Most} cell fields", nameof(slots));
        _rebuild = rebuild;
        _paths = paths;
    }

    /// <summary>The fields at the form's root: their paths are their steps under <c>/</c>.</summary>
    /// <param name="rebuild">The record with all its cells set at once, so that scoring copies it once, not once a cell.</param>
    /// <param name="slots">The fields, in reading order.</param>
    public static CellSlots<TOwner> Of(CellRebuild<TOwner> rebuild, params CellSlot<TOwner>[] slots) => new(slots, rebuild, [.. slots.Select(s => "/" + s.Step)]);

    /// <summary>The same fields under <paramref name="prefix"/> (<c>/indicators/3</c>); the paths are made once, not per form.</summary>
    public CellSlots<TOwner> Under(string prefix) => new(_slots, _rebuild, [.. _slots.Select(s => prefix + "/" + s.Step)]);

    /// <summary>Each cell visited in order; the owner is copied once, and only if <paramref name="visit"/> replaced a cell.</summary>
    public TOwner Visit(TOwner owner, Func<string, Cell, Cell> visit)
    {
        var buffer = default(Cells);
        Span<Cell?> cells = buffer;
        cells = cells[.._slots.Length];
        var changed = false;
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Get(owner) is not { } cell)
            {
                continue;
            }

            var now = visit(_paths[i], cell);
            cells[i] = now;
            changed |= !ReferenceEquals(now, cell);
        }

        return changed ? _rebuild(owner, cells) : owner;
    }

    /// <summary>Room for one record's cells on the stack.</summary>
    [InlineArray(Most)]
    private struct Cells
    {
        private Cell? _first;
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
