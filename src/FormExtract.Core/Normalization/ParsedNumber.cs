namespace FormExtract.Core.Normalization;

/// <summary>A number read from text: its exact value and whether the text carried binary floating-point noise.</summary>
public readonly record struct ParsedNumber(decimal Value, bool HadFloatNoise);
