namespace FormExtract.Core.Layout;

/// <summary>Union-find over 0..n-1: rules into tables, grid cells into merged cells, a drawn text grid's slots into boxes.</summary>
public sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            // The smaller root wins, so a group's key is its top-left cell.
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
