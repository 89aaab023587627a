namespace FormExtract.Synthetic.Generation;

/// <summary>A figure as the form prints it (<see cref="Text"/>) and the exact value that text stands for.</summary>
internal sealed record Printed(string Text, decimal Value);
