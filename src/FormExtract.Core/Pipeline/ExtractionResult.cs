using FormExtract.Core.Model;

namespace FormExtract.Core.Pipeline;

/// <summary>
/// The document written for one input file. <see cref="Failure"/> is set when the file could not be read at
/// all; the document then holds no forms and the failure as its warning, so nothing is silently lost.
/// </summary>
public sealed record ExtractionResult(FormDocument Document, ExtractionWarning? Failure)
{
    public bool Succeeded => Failure is null;

    public static ExtractionResult Failed(SourceInfo source, ExtractionWarning failure) =>
        new(new FormDocument { Source = source, Warnings = [failure] }, failure);
}
