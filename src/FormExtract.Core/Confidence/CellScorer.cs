namespace FormExtract.Core.Confidence;

/// <summary>
/// A confidence model as the pipeline calls it: the features of a form's cells, <see cref="CellFeatures.Count"/>
/// a cell one after another, to each cell's probability that its value is right.
/// </summary>
/// <param name="features">The cells' features, in <see cref="CellFeatures.Names"/> order.</param>
/// <param name="probabilities">Where the probabilities go, one a cell, in the cells' order.</param>
public delegate void CellScorer(ReadOnlySpan<float> features, Span<double> probabilities);
