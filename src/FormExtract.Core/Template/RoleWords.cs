namespace FormExtract.Core.Template;

/// <summary>
/// The words of several roles (the columns of a block, the rows of the funding block): a label is the role
/// whose word it matches longest, so that <c>执行率权重</c> is a weight and not an execution rate.
/// </summary>
public sealed class RoleWords<TRole>
    where TRole : struct, Enum
{
    private readonly (TRole Role, WordList Words)[] _roles;

    public RoleWords(IEnumerable<(TRole Role, WordList Words)> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _roles = roles.ToArray();
    }

    public WordList this[TRole role] => _roles.FirstOrDefault(r => EqualityComparer<TRole>.Default.Equals(r.Role, role)).Words ?? WordList.Empty;

    /// <summary>All words of all roles.</summary>
    public IEnumerable<string> AllWords => _roles.SelectMany(r => r.Words.Words);

    /// <summary>The role the label's key names, by its longest matching word; exact matches only when <paramref name="exact"/>.</summary>
    public TRole? Match(string key, bool exact = false)
    {
        TRole? best = null;
        var bestLength = 0;
        foreach (var (role, words) in _roles)
        {
            var length = exact ? (words.IsExactly(key) ? key.Length : 0) : words.MatchLength(key);
            if (length > bestLength)
            {
                (best, bestLength) = (role, length);
            }
        }

        return best;
    }
}
