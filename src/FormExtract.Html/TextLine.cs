namespace FormExtract.Html;

/// <summary>One line of text as a reader sees it, with the source line where it starts.</summary>
internal readonly record struct TextLine(string Text, int? Line);
