using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;

namespace FormExtract.Benchmarks;

/// <summary>Read, reconstruct, validate and serialise one text file: the work the CLI does per file.</summary>
internal sealed class Pipeline
{
    private readonly DocumentExtractor _extractor = new([new TextDumpReader()], new FormAssembler(CategoryVocabulary.Default), new FormValidator(ValidationRules.Default));

    public (int Forms, int Bytes) Run(string name, byte[] input)
    {
        var document = _extractor.Extract(new InputFile(name, input), CancellationToken.None).Document;
        return (document.Forms.Count, DocumentJson.SerializeToUtf8(document).Length);
    }
}
