namespace FormExtract.Core.Confidence;

/// <summary>
/// A confidence model as the pipeline calls it: the features of one cell or several, <see cref="CellFeatures.Count"/>
/// a cell one after another, to each cell's probability that its value is right. The pipeline asks for one cell at
/// a time, as it walks a form.
/// </summary>
/// <param name="features">The cells' features, in <see cref="CellFeatures.Names"/> order.</param>
/// <param name="probabilities">Where the probabilities go, one a cell, in the cells' order.</param>
public delegate void CellScorer(ReadOnlySpan<float> features, Span<double> probabilities);
