namespace FormExtract.Archive.Loading;

/// <summary>One input file: where it is, and the path it is known by in the archive and in messages.</summary>
public sealed record LoadInput(string FullPath, string DisplayPath);
