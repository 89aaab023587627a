namespace FormExtract.Core.Roles;

/// <summary>One column of a block as its header row printed it: what it holds and where (null where the layout's order stood in for a header).</summary>
internal readonly record struct HeaderColumn<TRole>(TRole Role, int? Column)
    where TRole : struct, Enum;
