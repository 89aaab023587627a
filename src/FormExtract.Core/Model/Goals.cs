namespace FormExtract.Core.Model;

/// <summary>年度总体目标: 预期目标 and 实际完成情况.</summary>
public sealed record Goals
{
    public TextCell? Expected { get; init; }

    public TextCell? Achieved { get; init; }

    public static Goals Empty { get; } = new();
}
