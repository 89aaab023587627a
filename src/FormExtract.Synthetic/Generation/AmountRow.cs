namespace FormExtract.Synthetic.Generation;

/// <summary>A row of the funding block: 年初预算数, 全年预算数, 全年执行数; a null figure is a blank cell.</summary>
internal sealed record AmountRow(string Label, Printed? Initial, Printed? Adjusted, Printed? Executed);
