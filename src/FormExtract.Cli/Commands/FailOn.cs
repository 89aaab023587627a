namespace FormExtract.Cli.Commands;

/// <summary>The least severe finding that fails a run (<c>--fail-on</c>), for pipelines that gate on findings.</summary>
internal enum FailOn
{
    /// <summary>Findings never fail the run.</summary>
    Never,

    /// <summary>Any error finding fails the run.</summary>
    Error,

    /// <summary>Any error or warning finding, or any extraction warning, fails the run.</summary>
    Warning,
}
