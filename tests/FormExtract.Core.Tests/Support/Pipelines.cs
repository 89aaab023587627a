using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Support;

/// <summary>The text pipeline as the CLI composes it: the real reader, assembler and validator.</summary>
public static class Pipelines
{
    public static DocumentExtractor Text() =>
        new([new TextDumpReader()], new FormAssembler(CategoryVocabulary.Default), new FormValidator(ValidationRules.Default));

    public static ExtractionResult ExtractText(string path, byte[] bytes) =>
        Text().Extract(new InputFile(path, bytes), CancellationToken.None);
}
