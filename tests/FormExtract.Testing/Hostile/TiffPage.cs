namespace FormExtract.Testing.Hostile;

/// <summary>One page of <see cref="TiffWriter"/>: the size it claims, its strip's bytes, its compression (1: none, 5: LZW).</summary>
public sealed record TiffPage(int Width, int Height, byte[] Data, int Compression = 1);
