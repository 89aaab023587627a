using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Generation;

/// <summary>A 年度指标值 or 实际完成值 as printed, with the measure it stands for.</summary>
internal sealed record PrintedMeasure(string Text, Measure Value);
