using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;

namespace FormExtract.Testing;

/// <summary>
/// Golden tests over a folder of inputs: each <c>name.ext</c> beside <c>name.expected.json</c> is read through
/// the whole pipeline (the given reader, the assembler, every validation rule), checked against the schema
/// and compared with its reviewed document.
/// </summary>
public sealed class GoldenFolder(string folder, params string[] extensions)
{
    public string Folder { get; } = folder;

    /// <summary>The input names in the folder, for a theory's member data; an input without its expected document fails.</summary>
    public IReadOnlyList<string> Inputs() =>
        Directory.EnumerateFiles(Folder)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public void Check(string name, IDocumentReader reader)
    {
        var extractor = new DocumentExtractor([reader], new FormAssembler(CategoryVocabulary.Default), new FormValidator(ValidationRules.Default));
        var document = extractor.Extract(new InputFile(name, File.ReadAllBytes(Path.Combine(Folder, name))), CancellationToken.None).Document;
        var json = DocumentJson.Serialize(document);
        SchemaAssert.ValidDocument(json);
        GoldenFile.AssertMatches(Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".expected.json"), json);
    }
}
