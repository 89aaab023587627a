namespace FormExtract.Pdf;

/// <summary>
/// A horizontal or vertical rule on a page, origin top-left: at <see cref="Position"/> (y for a horizontal
/// rule, x for a vertical one), from <see cref="Start"/> to <see cref="End"/> along its direction.
/// </summary>
internal readonly record struct RulingLine(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;
}
