namespace FormExtract.Synthetic.Layouts;

/// <summary>The source rows a layout prints under its funding total.</summary>
internal enum FundingParts
{
    /// <summary>其中：当年财政拨款, 上年结转资金, 其他资金: the national rows.</summary>
    National,

    /// <summary>其中：本年财政拨款 and 其他资金, without a carry-over row.</summary>
    FiscalAndOther,

    /// <summary>其中：财政资金, 财政专户管理资金, 单位资金, 其他资金: Sichuan's 预算管理一体化 rows.</summary>
    Sichuan,

    /// <summary>Sources of a transfer payment (中央补助, 市级财政资金 …) and 其他资金.</summary>
    Transfer,

    /// <summary>The total alone.</summary>
    None,
}
