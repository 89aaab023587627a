namespace FormExtract.Cli.Batch;

/// <summary>One input file: where it is, the path it is known by in output and logs, and its output name.</summary>
internal sealed record BatchInput(int Index, string FullPath, string DisplayPath, string OutputName);
