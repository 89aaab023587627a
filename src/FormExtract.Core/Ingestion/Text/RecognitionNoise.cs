using System.Text.RegularExpressions;

namespace FormExtract.Core.Ingestion.Text;

/// <summary>
/// Whether a text shows the marks OCR leaves where it misread a page: speck marks (<c>|^`~¦$</c>, an underscore
/// that is no part of a name) or a Latin letter or two read inside Chinese words for a digit or a stroke
/// (<c>项Fl资金</c>, <c>主管部n重庆</c>). Neither appears in a form printed as text: the letters a form prints stand
/// apart (<c>(A)</c>, <c>B/A</c>) or are acronyms in capitals (<c>GDP</c>), and an underscore in a file or field
/// name follows a Latin letter (<c>自评表.doc_第1页</c>).
/// </summary>
internal static partial class RecognitionNoise
{
    private static readonly System.Buffers.SearchValues<char> Specks = System.Buffers.SearchValues.Create("|_^`~¦$");

    /// <summary>Capital letters OCR reads for digits (1, 0, 5, 2): a run of them is noise, not an acronym.</summary>
    private const string DigitLike = "IOLSZ";

    public static bool IsIn(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (!line.IsBlank && (HasSpeck(line.Text) || HasMisreadLetters(line.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSpeck(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(Specks); at >= 0; at = NextSpeck(span, at))
        {
            if (span[at] != '_' || at == 0 || !char.IsAsciiLetter(span[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextSpeck(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOfAny(Specks);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool HasMisreadLetters(string text)
    {
        foreach (var match in LettersInWords().EnumerateMatches(text))
        {
            var letters = text.AsSpan(match.Index, match.Length);
            var acronym = letters.Length >= 2 && !letters.ContainsAnyExceptInRange('A', 'Z') && letters.ContainsAnyExcept(DigitLike);
            if (!acronym)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One to three Latin letters after an ideograph and before an ideograph or a digit.</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[A-Za-z]{1,3}(?=[\p{IsCJKUnifiedIdeographs}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LettersInWords();
}
