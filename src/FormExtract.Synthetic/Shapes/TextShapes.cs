namespace FormExtract.Synthetic.Shapes;

/// <summary>The names of the text shapes on the command line and in file names.</summary>
public static class TextShapes
{
    public static IReadOnlyList<TextShape> All { get; } = Enum.GetValues<TextShape>();

    public static string NameOf(TextShape shape) => shape switch
    {
        TextShape.CellPerLine => "cell-per-line",
        TextShape.CutOff => "cut-off",
        _ => shape.ToString().ToLowerInvariant(),
    };

    public static TextShape? Parse(string name) => All.Cast<TextShape?>().FirstOrDefault(s => NameOf(s!.Value) == name);
}
