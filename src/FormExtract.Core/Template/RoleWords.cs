using System.Collections.Frozen;

namespace FormExtract.Core.Template;

/// <summary>
/// The words of several roles (the columns of a block, the rows of the funding block): a label is the role
/// whose word it matches longest, so that <c>执行率权重</c> is a weight and not an execution rate.
/// </summary>
public sealed class RoleWords<TRole>
    where TRole : struct, Enum
{
    private readonly (TRole Role, WordList Words)[] _roles;
    private readonly Dictionary<TRole, WordList> _byRole;

    /// <summary>Every word's key with the role it names (the first role that lists it).</summary>
    private readonly FrozenDictionary<string, TRole> _byKey;
    private readonly FrozenDictionary<string, TRole>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    /// <summary>The first characters of the words: a label that starts with none of them names no role.</summary>
    private readonly System.Buffers.SearchValues<char> _starts;

    public RoleWords(IEnumerable<(TRole Role, WordList Words)> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _roles = roles.ToArray();
        _byRole = _roles.DistinctBy(r => r.Role).ToDictionary(r => r.Role, r => r.Words);
        _byKey = _roles.SelectMany(r => r.Words.Keys.Select(k => (Key: k, r.Role))).DistinctBy(p => p.Key)
            .ToFrozenDictionary(p => p.Key, p => p.Role, StringComparer.Ordinal);
        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _byKey.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _starts = System.Buffers.SearchValues.Create(string.Concat(_byKey.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct().Order()));
    }

    public WordList this[TRole role] => _byRole.GetValueOrDefault(role) ?? WordList.Empty;

    /// <summary>All words of all roles.</summary>
    public IEnumerable<string> AllWords => _roles.SelectMany(r => r.Words.Words);

    /// <summary>The role the label's key names, by its longest matching word; exact matches only when <paramref name="exact"/>.</summary>
    public TRole? Match(string key, bool exact = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || !_starts.Contains(key[0]))
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var role))
        {
            return role;
        }

        if (exact)
        {
            return null;
        }

        for (var length = Math.Min(key.Length - 1, _longest); length > 0; length--)
        {
            if (_lookup.TryGetValue(key.AsSpan(0, length), out role))
            {
                return role;
            }
        }

        return null;
    }
}
