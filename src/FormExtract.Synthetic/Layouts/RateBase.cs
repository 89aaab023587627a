namespace FormExtract.Synthetic.Layouts;

/// <summary>The budget a layout's execution rate divides by, and so the budget column it prints.</summary>
internal enum RateBase
{
    /// <summary>全年预算数 (or 调整后预算数, 预算数(A)).</summary>
    Adjusted,

    /// <summary>年初预算数(A), on forms that print no adjusted budget.</summary>
    Initial,
}
