namespace FormExtract.Ml;

/// <summary>One cell of a generated form whose truth is known: its features and whether its value was read right.</summary>
public sealed record LabelledCell(string Path, float[] Features, bool Right, double? Engine);
