namespace FormExtract.Core.Model;

/// <summary>Everything FormExtract writes for one input file (formextract/document/v1).</summary>
public sealed record FormDocument
{
    public const string SchemaId = "formextract/document/v1";

    public string Schema { get; init; } = SchemaId;

    public required SourceInfo Source { get; init; }

    public IReadOnlyList<Form> Forms { get; init; } = [];

    public IReadOnlyList<ExtractionWarning> Warnings { get; init; } = [];
}
