using FormExtract.Core.Forms;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;

namespace FormExtract.Pdf.Tests.Support;

/// <summary>The full extraction as the program runs it for a PDF: reader, assembler, validator.</summary>
public static class PdfPipeline
{
    /// <summary>
    /// The validator's rules are passed in by the caller; the golden tests use <see cref="Rules"/>, the one
    /// place to change when the rule set is wired in.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Rules { get; } = [];

    public static DocumentExtractor Create() =>
        new([new PdfTableReader()], new FormAssembler(CategoryVocabulary.Default), new FormValidator(Rules));
}
