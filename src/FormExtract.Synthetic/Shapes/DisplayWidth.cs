namespace FormExtract.Synthetic.Shapes;

/// <summary>How many columns of a fixed-width screen a text takes: CJK and full-width characters two, others one.</summary>
internal static class DisplayWidth
{
    public static int Of(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            ? 2
            : 1;

    public static int Of(string text) => text.Sum(Of);

    /// <summary>The text broken into lines of at most <paramref name="width"/> columns (anywhere, as CJK text breaks).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var used = 0;
            foreach (var c in paragraph)
            {
                var w = Of(c);
                if (used + w > width && used > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    used = 0;
                }

                line.Append(c);
                used += w;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The text padded with spaces to <paramref name="width"/> columns, centred or flush left.</summary>
    public static string Pad(string text, int width, bool left)
    {
        var spare = Math.Max(0, width - Of(text));
        var before = left ? 0 : spare / 2;
        return new string(' ', before) + text + new string(' ', spare - before);
    }
}
