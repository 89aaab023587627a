namespace FormExtract.Core.Model;

/// <summary>A rectangle in PDF points or image pixels, origin top-left.</summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public Box Union(Box other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    /// <summary>Rounded to hundredths so that output is stable across platforms.</summary>
    public IReadOnlyList<double> ToArray() =>
        [Math.Round(X0, 2), Math.Round(Y0, 2), Math.Round(X1, 2), Math.Round(Y1, 2)];
}
