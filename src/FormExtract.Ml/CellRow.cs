namespace FormExtract.Ml;

/// <summary>A cell as ML.NET reads it: the label and the feature vector (sized at run time by the schema).</summary>
internal sealed class CellRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}

/// <summary>What the model gives for one cell.</summary>
internal sealed class CellPrediction
{
    public float Score { get; set; }

    public float Probability { get; set; }
}
