using AngleSharp.Dom;

namespace FormExtract.Html;

/// <summary>
/// Maps an element's position in the decoded text to its 1-based line. AngleSharp keeps the line in 16 bits,
/// which long pages overflow, but the character offset in full; the line is counted here from the offset.
/// </summary>
internal sealed class SourceLines
{
    private readonly int[] _lineStarts;

    public SourceLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public int? LineOf(IElement? element)
    {
        if (element?.SourceReference is not { } reference)
        {
            return null;
        }

        var offset = reference.Position.Position;
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
