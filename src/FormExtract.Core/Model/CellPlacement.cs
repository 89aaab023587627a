namespace FormExtract.Core.Model;

/// <summary>
/// How a cell came to stand where it stands: read in place, or put there by one of the readers' guesses. Every
/// reader sets these, not only the recogniser: text, HTML and PDF readers guess too.
/// </summary>
[Flags]
public enum CellPlacement
{
    /// <summary>Read inside its own box or field, as printed.</summary>
    Direct = 0,

    /// <summary>Joined from pieces: a cell cut by a page break, a wrapped line.</summary>
    Joined = 1,

    /// <summary>Parted out of a run of text that ran several cells together.</summary>
    Fused = 2,

    /// <summary>A label read close to, not exactly as, a word of the template, and taken for that word.</summary>
    Snapped = 4,

    /// <summary>A unit corrected to the one its row's other cells print.</summary>
    UnitAgreed = 8,

    /// <summary>Reassigned to a column other than the one its place in the text suggested (a cell printed one per line, put back under its heading).</summary>
    Moved = 16,

    /// <summary>
    /// On an indicator's name: the row's 二级指标 (and so its 一级指标) is not the printed label nearest above it but
    /// one its own words (…及时性 under 时效指标) or the groups' weights chose, between two printed labels.
    /// </summary>
    Categorised = 32,
}
