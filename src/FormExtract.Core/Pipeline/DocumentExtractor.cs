using FormExtract.Core.Confidence;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Model;
using FormExtract.Core.Reconciliation;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Pipeline;

/// <summary>
/// The whole pipeline for one file: the first reader that takes it lays it out, the assembler builds the
/// forms, the validator adds findings. A file no reader can read yields a document with an error warning.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly FormAssembler _assembler;
    private readonly FormValidator _validator;
    private readonly ReadingReconciler _reconciler;
    private readonly CellConfidence? _confidence;

    /// <param name="readers">The readers, tried in order.</param>
    /// <param name="assembler">Builds forms from a layout.</param>
    /// <param name="validator">Adds the findings.</param>
    /// <param name="confidence">The model that gives every cell its confidence; null keeps the recogniser's own (and printed cells none).</param>
    public DocumentExtractor(IEnumerable<IDocumentReader> readers, FormAssembler assembler, FormValidator validator, CellConfidence? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers.ToArray();
        _assembler = assembler ?? throw new ArgumentNullException(nameof(assembler));
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _reconciler = new ReadingReconciler(validator);
        _confidence = confidence;
    }

    /// <summary>The standard pipeline over the given readers: the template's assembler and every validation rule.</summary>
    public static DocumentExtractor WithReaders(params IEnumerable<IDocumentReader> readers) =>
        new(readers, FormAssembler.Default, FormValidator.CreateDefault());

    public ExtractionResult Extract(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        // The first reader whose layout has rows wins; one that finds no text at all (a PDF of scans read for
        // its text layer) gives way to the next reader that takes the file. When none finds rows, the first
        // one's answer stands with what the others reported (a scan too large to render), so nothing is lost.
        // A reader that fails the file (its own kind, unreadable or past a bound) ends the search: a later,
        // more general reader (text) would only read it as something it is not.
        IDocumentReader? reader = null;
        ReadResult? read = null;
        var others = new List<ExtractionWarning>();
        foreach (var candidate in _readers.Where(r => r.CanRead(file)))
        {
            var result = candidate.Read(file, cancellationToken);
            if (read is null || result.Document is { Rows.Count: > 0 })
            {
                (reader, read) = (candidate, result);
            }
            else
            {
                others.AddRange(result.Failure is { } failure ? [failure] : result.Document?.Warnings ?? []);
            }

            if (result.Document is { Rows.Count: > 0 })
            {
                others.Clear();
                break;
            }

            if (read.Failure is not null)
            {
                break;
            }
        }

        if (read?.Document is { } empty && others.Count > 0)
        {
            read = ReadResult.Success(empty with { Warnings = [.. empty.Warnings, .. others] });
        }

        if (reader is null || read is null)
        {
            var unknown = new ExtractionWarning("unsupported-format", $"{file.Path}: no reader takes this kind of file.");
            return ExtractionResult.Failed(Source(file, SourceFormat.Text, null), unknown);
        }

        if (read.Document is not { } layout)
        {
            return ExtractionResult.Failed(Source(file, reader.Format, null), read.Failure!);
        }

        var assembled = _assembler.Assemble(layout);
        // A figure that breaks the form's sums is weighed against the recogniser's other readings first.
        var reconciled = assembled.Forms.Select(f => _reconciler.Reconcile(f)).ToArray();
        // The model weighs every cell, recognised or printed, with what the reading settled (the findings are
        // computed once: a confidence changes no check); doubts rest on the probabilities of recognised cells.
        var model = _confidence;
        var forms = reconciled.Select(r =>
        {
            var findings = _validator.Validate(r.Form);
            var form = r.Form with { Findings = findings };
            return _validator.Mark(model is not null ? model.ScoreAssembled(form, findings) : form, layout.Ocr);
        }).ToArray();
        IEnumerable<ExtractionWarning> layoutWarnings = layout.Warnings;
        var reviewWarnings = new List<ExtractionWarning>();
        ReviewSummary? review = null;
        // Only recognised cells are sent to review, and only a layout read by OCR holds any.
        if (model is { } confidence && layout.Ocr && forms.Select(confidence.Review).ToArray() is var reviews && reviews.Any(r => r.Summary is not null))
        {
            // The model's probabilities, not the recogniser's own figures, say which cells to check.
            layoutWarnings = layout.Warnings.Where(w => w.Code != CellConfidence.LowConfidenceCode);
            forms = [.. forms.Select((f, i) => f with { Review = reviews[i].Summary })];
            reviewWarnings.AddRange(reviews.SelectMany(r => r.Warnings));
            review = ReviewSummary.Sum(confidence.Threshold, reviews.Select(r => r.Summary).OfType<ReviewSummary>());
        }

        var document = new FormDocument
        {
            Source = Source(file, reader.Format, layout),
            Forms = forms,
            Warnings = [.. layoutWarnings, .. assembled.Warnings, .. reconciled.SelectMany(r => r.Warnings), .. reviewWarnings],
            Review = review,
        };
        return new ExtractionResult(document, Failure: null);
    }

    private static SourceInfo Source(InputFile file, SourceFormat format, Layout.LayoutDocument? layout) => new()
    {
        Path = file.Path,
        Sha256 = file.Sha256,
        Format = format,
        Encoding = layout?.Encoding,
        Pages = layout?.Pages,
        Ocr = layout?.Ocr ?? false,
    };
}
