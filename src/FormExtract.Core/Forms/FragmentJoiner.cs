using FormExtract.Core.Normalization;

namespace FormExtract.Core.Forms;

/// <summary>
/// Puts a split cell back together. A page break cuts a tall row in two, so a lone fragment belongs to the
/// row on the other side of the break from it: before the break it starts the next row's text, after it
/// it ends the previous row's. With no break in between, it goes to the neighbour that lacks an explanation.
/// A fragment after the last row is the start of a row that the input cut off, unless the last row's
/// explanation is open.
/// </summary>
internal static class FragmentJoiner
{
    /// <summary>The row the fragment belongs to and whether it comes before that row's own text.</summary>
    public static (IndicatorDraft Row, bool Prefix)? Place(IndicatorDraft? previous, bool breakBefore, IndicatorDraft? next, bool breakAfter)
    {
        return (previous, next) switch
        {
            (null, null) => null,
            (null, { } n) => (n, true),
            // After the last row, a fragment continues it only across a break or where its explanation is open:
            // else it is the start of a row the input cut off.
            ({ } p, null) => breakBefore || p.HasReason || p.NeedsReason ? (p, false) : null,
            ({ } p, _) when breakBefore && !breakAfter => (p, false),
            (_, { } n) when breakAfter && !breakBefore => (n, true),
            ({ } p, { } n) => PreferUnexplained(p, n),
        };
    }

    private static (IndicatorDraft, bool)? PreferUnexplained(IndicatorDraft previous, IndicatorDraft next)
    {
        var previousOpen = previous.NeedsReason && (!previous.HasReason || !EndsSentence(previous.ReasonParts[^1].Text));
        if (previousOpen)
        {
            return (previous, false);
        }

        if (next.NeedsReason)
        {
            return (next, true);
        }

        // Neither row lacks an explanation: the fragment continues one only if that one is already written.
        return previous.HasReason && !EndsSentence(previous.ReasonParts[^1].Text) ? (previous, false) : null;
    }

    private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '.' or '！' or '；';

    public static string Join(IEnumerable<string> parts) => parts.Aggregate(string.Empty, TextNormalizer.JoinFragments);
}
