using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Injection;

/// <summary>How forms spell a grade: the bare word or its two-character form (优秀, 良好, 中等).</summary>
internal static class GradeWords
{
    private static readonly Dictionary<string, string> Long = new(StringComparer.Ordinal)
    {
        ["优"] = "优秀",
        ["良"] = "良好",
        ["中"] = "中等",
    };

    public static PrintedText Spell(Random random, string grade) =>
        PrintedText.Plain(Long.TryGetValue(grade, out var word) && random.Chance(0.5) ? word : grade);
}
