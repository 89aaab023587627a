namespace FormExtract.Synthetic.Generation;

/// <summary>A text cell as printed (markup kept) and its normalised value (one line per paragraph).</summary>
internal sealed record PrintedText(string Text, string Value)
{
    public static PrintedText Plain(string text) => new(text, text);
}
