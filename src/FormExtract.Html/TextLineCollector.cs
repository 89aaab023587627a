using System.Text;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Normalization;

namespace FormExtract.Html;

/// <summary>
/// Gathers text the way a browser lays out normal-flow text: runs of white space (including <c>&amp;nbsp;</c>
/// and the ideographic space) fold to one space, white space at the start and end of a line disappears, and a
/// source line break between two CJK characters disappears (CSS Text's segment-break rule: Word and WPS wrap
/// long Chinese lines in their markup), and zero-width spaces and joiners show as nothing (<see cref="InvisibleMarks"/>).
/// Block boundaries and <c>&lt;br&gt;</c> start new lines; empty lines are dropped.
/// </summary>
internal sealed class TextLineCollector
{
    private readonly List<TextLine> _lines = [];
    private readonly StringBuilder _current = new();
    private int? _currentLine;
    private Gap _pending;

    private enum Gap
    {
        None,
        Space,
        SegmentBreak,
    }

    public bool IsEmpty => _lines.Count == 0 && _current.Length == 0;

    /// <summary>Adds text found at a source line.</summary>
    public void Append(string text, int? line)
    {
        foreach (var c in text)
        {
            if (InvisibleMarks.IsZeroWidth(c))
            {
                continue;
            }

            if (IsFoldable(c))
            {
                // Spaces around a source line break vanish with it, so a break wins over a space.
                _pending = c is '\n' or '\r' ? Gap.SegmentBreak : _pending == Gap.None ? Gap.Space : _pending;
                continue;
            }

            if (_current.Length == 0)
            {
                _currentLine = line;
            }
            else if (_pending == Gap.Space
                     || (_pending == Gap.SegmentBreak && !(TextNormalizer.IsCjk(_current[^1]) && TextNormalizer.IsCjk(c))))
            {
                _current.Append(' ');
            }

            _pending = Gap.None;
            _current.Append(c);
        }
    }

    /// <summary>Adds a space between two pieces of text (as between the cells of a nested table).</summary>
    public void Space()
    {
        if (_pending == Gap.None)
        {
            _pending = Gap.Space;
        }
    }

    /// <summary>Ends the current line, if it holds anything.</summary>
    public void Break()
    {
        if (_current.Length > 0)
        {
            _lines.Add(new TextLine(_current.ToString(), _currentLine));
            _current.Clear();
        }

        _currentLine = null;
        _pending = Gap.None;
    }

    /// <summary>The lines gathered so far; the collector is empty afterwards.</summary>
    public IReadOnlyList<TextLine> Take()
    {
        Break();
        var lines = _lines.ToArray();
        _lines.Clear();
        return lines;
    }

    private static bool IsFoldable(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u3000';
}
