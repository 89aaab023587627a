namespace FormExtract.Ml;

/// <summary>One cell of a generated form whose truth is known: its features and whether its value was read right.</summary>
public sealed record LabelledCell(string Path, float[] Features, bool Right, double? Engine)
{
    /// <summary>The file the cell was read from, as the cells file names it (relative to the folder read).</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>The index of the cell's form in its file.</summary>
    public int Form { get; init; }

    /// <summary>The cell with these features held at 0 (which no tree can split on); itself where they are 0 already.</summary>
    public LabelledCell HeldAtZero(IReadOnlyCollection<int> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.All(i => i >= Features.Length || Features[i] == 0))
        {
            return this;
        }

        var copy = (float[])Features.Clone();
        foreach (var i in features.Where(i => i < copy.Length))
        {
            copy[i] = 0;
        }

        return this with { Features = copy };
    }
}
