using System.Text;
using System.Text.RegularExpressions;
using FormExtract.Core.Confidence;
using FormExtract.Core.Normalization;

namespace FormExtract.Ocr;

/// <summary>
/// Repairs what the Chinese model does to the few non-Chinese marks of a form: Latin punctuation inside
/// Chinese text goes back to the full-width marks printed there (：；，（）), stray spaces around figures go, and so
/// do marks that are pieces of the table read as characters (a bar in prose, a bracket before a figure),
/// and a comparator read as a look-alike before a figure (过90% for ≥90%, 2=30 for >=30) becomes the comparator.
/// Last, an ideograph read for its look-alike is put back where only the printed one makes a word (<see cref="LookAlikeIdeographs"/>).
/// </summary>
internal static partial class OcrTextRepair
{
    /// <summary>Ideographs the Chinese model reads for ≥ in front of a figure; none of them starts a real target.</summary>
    private static readonly char[] GreaterOrEqualLookAlikes = ['过', '达', '之', '辽', '泛'];

    /// <summary>
    /// A figure's comma with one or two digits after it is a decimal point the recogniser read as a comma (6.22 as
    /// 6,22 on a black-and-white page): a thousands comma always has three. Only for figures and measures, as
    /// prose may list numbers with commas.
    /// </summary>
    public static string PointForComma(string figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Contains(',', StringComparison.Ordinal) ? CommaForPoint().Replace(figure, ".") : figure;
    }

    public static string Repair(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text.Length > 1 && GreaterOrEqualLookAlikes.Contains(text[0]) && char.IsAsciiDigit(text[1]))
        {
            text = "≥" + text[1..];
        }
        else if (text.Length > 2 && text[0] == '2' && text[1] == '=' && char.IsAsciiDigit(text[2]))
        {
            // A narrow >= at low resolution loses the >'s shape to a 2; "2=" before a figure is no figure a form prints.
            text = ">" + text[1..];
        }

        // The year line under a title, its 年 lost to broken strokes ((2022任度） on a black-and-white page): no other
        // character stands between a year and 度 there, and the form's fiscal year is read from it.
        text = MisreadYearLine().Replace(text, "${open}${year}年度${close}");
        text = StrayBrackets(text);
        text = AngleOpenedRoundClosed().Replace(text, "（${inner}）");
        text = RoundOpenedAngleClosed().Replace(text, "（${inner}）");
        text = RuleInProse().Replace(text, string.Empty);
        if (text.AsSpan().IndexOfAny(')', '）') < 0)
        {
            text = BracketAfterComparator().Replace(text, string.Empty);
        }

        text = SpacedFigure().Replace(text, "$1$2");
        text = PercentTail().Replace(text, string.Empty);
        text = FullStopAsO().Replace(text, "。");
        var hasChinese = text.Any(TextNormalizer.IsCjk);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A semicolon in Chinese prose is always the full-width one, also after a figure (94.93%；2、);
            // the other marks only change beside an ideograph, since 12:30 and (1) are printed half-width.
            // A colon or comma is read with the room its full-width box leaves as a space after it (（残保金）: 通过),
            // and follows a mark already mended, so it looks past spaces and at what was written before it.
            var spaced = c is ':' or ',';
            var before = spaced ? LastWritten(builder) : i > 0 ? text[i - 1] : '\0';
            var after = spaced ? NextPrinted(text, i + 1) : i + 1 < text.Length ? text[i + 1] : '\0';
            // A comma set close against the characters on both sides is printed half-width (运行,确保 where the
            // typist's input method was in Latin mode): the full-width one leaves its box's blank half, read as a space
            // after it or, on a photograph, before it (完善 ,下一步).
            var printedHalf = c == ',' && i > 0 && text[i - 1] is not (' ' or '\t') && i + 1 < text.Length && text[i + 1] is not (' ' or '\t');
            var besideChinese = !printedHalf && (TextNormalizer.IsCjk(before) || TextNormalizer.IsCjk(after) || (c == ';' && hasChinese));
            builder.Append(besideChinese ? c switch
            {
                ':' => '：',
                ';' => '；',
                ',' => '，',
                '(' => '（',
                ')' => '）',
                _ => c,
            } : c);
        }

        text = builder.ToString();
        text = HalfClosedPair().Replace(text, "（${inner}）");
        text = HalfOpenedPair().Replace(text, "（${inner}）");
        text = SpacedLatinPair().Replace(text, "（${inner}）");
        text = StraightClosedQuote().Replace(text, "“${inner}”");
        text = StraightOpenedQuote().Replace(text, "“${inner}”");
        text = CommaAfterBreak().Replace(text, string.Empty);
        text = HeadingSemicolon().Replace(text, "：");
        text = OpenerReadTwice(text);

        // A new line before a numbered paragraph is the one break a cell keeps; spaces go, it stays.
        text = SpaceAroundFullWidth().Replace(text, "$1");
        return LookAlikeIdeographs.Mend(text, ChineseWords.Default);
    }

    /// <summary>
    /// An opening bracket read twice (协同办公平台（（运维） on a page fed askew or photocopied), or its stroke read as an
    /// opening quote in front of it (协同办公平台 “（运维）): the text opens more than it closes, and the two openers
    /// stand side by side, so they are one glyph read as two.
    /// </summary>
    private static string OpenerReadTwice(string text)
    {
        if (text.Count(c => c == '（') > text.Count(c => c == '）'))
        {
            text = DoubledRound().Replace(text, "（", 1);
        }

        if (text.Count(c => c == '“') > text.Count(c => c == '”'))
        {
            text = QuoteBeforeRound().Replace(text, "（", 1);
        }

        return text;
    }

    private static char LastWritten(StringBuilder builder)
    {
        for (var i = builder.Length - 1; i >= 0; i--)
        {
            if (builder[i] is not (' ' or '\t'))
            {
                return builder[i];
            }
        }

        return '\0';
    }

    private static char NextPrinted(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return text[i];
            }
        }

        return '\0';
    }

    /// <summary>
    /// A square bracket with no partner is no bracket: the Chinese model reads a 1 between ideographs as ] (第]批
    /// for 第1批), and a speck or a rule's edge elsewhere as ] or [ (21 ]场). Between two ideographs it is a 1, and
    /// elsewhere it goes.
    /// </summary>
    private static string StrayBrackets(string text)
    {
        if (text.AsSpan().IndexOfAny('[', ']') < 0 || (text.Contains('[', StringComparison.Ordinal) && text.Contains(']', StringComparison.Ordinal)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('[' or ']'))
            {
                builder.Append(text[i]);
            }
            else if (i > 0 && i + 1 < text.Length && TextNormalizer.IsCjk(text[i - 1]) && TextNormalizer.IsCjk(text[i + 1]))
            {
                builder.Append('1');
            }
            else if (builder.Length > 0 && builder[^1] == ' ')
            {
                // The space the reader put before the mark goes with it.
                builder.Length--;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// An angle bracket whose partner is a round one is the round one misread (综合行政服务平台〈运维）): the serif
    /// （ and 〈 differ by a curve, and no form opens a bracket with one kind and closes it with the other.
    /// </summary>
    [GeneratedRegex(@"〈(?<inner>[^〈〉（）()]*)[）)]")]
    private static partial Regex AngleOpenedRoundClosed();

    [GeneratedRegex(@"[（(](?<inner>[^〈〉（）()]*)〉")]
    private static partial Regex RoundOpenedAngleClosed();

    /// <summary>
    /// A full-width bracket's partner read as a Latin one, often with the room of its box as a space (培训（线上 )):
    /// no form opens a bracket with one width and closes it with the other.
    /// </summary>
    [GeneratedRegex(@"（(?<inner>[^（）()\n]*?)[ \t]*\)")]
    private static partial Regex HalfClosedPair();

    [GeneratedRegex(@"\([ \t]*(?<inner>[^（）()\n]*?)）")]
    private static partial Regex HalfOpenedPair();

    /// <summary>
    /// Latin brackets with the room of full-width boxes inside them, around Chinese words (培训班 ( 智力、精神类别 )),
    /// are the full-width pair; (1) and (Plan) are printed tight.
    /// </summary>
    [GeneratedRegex(@"\([ \t]+(?<inner>[^（）()\n]*?\p{IsCJKUnifiedIdeographs}[^（）()\n]*?)[ \t]+\)")]
    private static partial Regex SpacedLatinPair();

    /// <summary>A straight quote that closes a curly one (“互联网+助残服务") is the curly one, as is one that opens it.</summary>
    [GeneratedRegex(@"“(?<inner>[^“”""\n]*)""")]
    private static partial Regex StraightClosedQuote();

    [GeneratedRegex(@"""(?<inner>[^“”""\n]*)”")]
    private static partial Regex StraightOpenedQuote();

    /// <summary>
    /// A comma right after another break in the sentence, or after a paragraph's number (100%；，2、 and 3.，效果), is
    /// a speck read as one: no text prints either.
    /// </summary>
    [GeneratedRegex(@"(?<=[；。：，、]|(?:^|[\n；。])[ \t]*\d{1,2}[.、])[ \t]*，")]
    private static partial Regex CommaAfterBreak();

    /// <summary>
    /// A numbered paragraph opens with a short heading and a colon (2、产出情况：完成…, 1.预算执行：项目…); the colon and
    /// the semicolon differ by a dot's shape, and a photographed or blurred page leaves the recogniser reading the
    /// semicolon there, as sure of it as of any other mark. A semicolon closes a clause, and no form closes a clause of
    /// a few characters right after a paragraph's number and goes on with the same paragraph: a semicolon there is the
    /// heading's colon. Only where the number opens the text, a line or a sentence (达5.2万余人次；通过 is a clause).
    /// </summary>
    [GeneratedRegex(@"(?<=(?:^|[\n；。])[ \t]*\d{1,2}[、.．]?[ \t]*\p{IsCJKUnifiedIdeographs}{2,6})[ \t]*；(?=[ \t]*\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex HeadingSemicolon();

    /// <summary>The one comma of a figure with one or two digits after it, where no comma stands before it.</summary>
    [GeneratedRegex(@"(?<=^[^,]*\d),(?=\d{1,2}(?!\d)(?!.*,))", RegexOptions.CultureInvariant)]
    private static partial Regex CommaForPoint();

    /// <summary>
    /// A vertical bar beside an ideograph or a full-width mark (反馈机制|，健全) is a piece of a ruling line read as a
    /// character: no form prints one in Chinese prose.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])[ \t]*\|[ \t]*|[ \t]*\|[ \t]*(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])")]
    private static partial Regex RuleInProse();

    /// <summary>
    /// An opening round bracket between a comparator and its figure (=(0次) is a speck or a rule's edge where the
    /// text closes no bracket (a figure printed in brackets keeps its own).
    /// </summary>
    [GeneratedRegex(@"(?<=[=<>≥≤])[(（](?=\d)")]
    private static partial Regex BracketAfterComparator();

    /// <summary>"1 .预算" and "42.7 3%": a space inside a figure or before its point is a reading artefact.</summary>
    [GeneratedRegex(@"(\d) +([.%])")]
    private static partial Regex SpacedFigure();

    /// <summary>
    /// The Chinese model reads the serif % as %4, %6 or %0, at times with a 9 before it for its upper ring
    /// (执行率94.67%4；, 执行率91.779%0；, and on a blurred copy 执行率96.419%；): a digit right after a percentage and
    /// before a break in the sentence is never printed, so it goes, and so does a third decimal 9 of a rate before
    /// such a break, as forms give rates to two decimals.
    /// </summary>
    [GeneratedRegex(@"(?<=\d\.\d\d)9(?=%[046]?(?:[；;，,。]|$))|(?<=\d%)[046](?=[；;，,。]|$)")]
    private static partial Regex PercentTail();

    /// <summary>
    /// The Chinese model reads a sentence's closing 。 as a Latin o, often with a space before it (项目社会效益明显 o):
    /// a lone o after an ideograph at the end of a line is no word a form prints there.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[ \t]?[oO](?=\n|$)")]
    private static partial Regex FullStopAsO();

    [GeneratedRegex(@"（[ \t]*（")]
    private static partial Regex DoubledRound();

    [GeneratedRegex(@"[ \t]*“[ \t]*（")]
    private static partial Regex QuoteBeforeRound();

    [GeneratedRegex(@"[ \t]*([：；，、。（）])[ \t]*")]
    private static partial Regex SpaceAroundFullWidth();

    [GeneratedRegex(@"^(?<open>[（(])(?<year>(?:19|20)[0-9]{2})[^0-9年\s]度(?<close>[)）])$", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadYearLine();
}
