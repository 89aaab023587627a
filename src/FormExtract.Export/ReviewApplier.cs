using FormExtract.Core.Model;
using FormExtract.Core.Review;
using FormExtract.Core.Validation;

namespace FormExtract.Export;

/// <summary>
/// Writes a document's corrections into its cells (the original reading and the time kept beside each) and
/// recomputes the findings of the forms it changed. A correction equal to what the cell already holds changes
/// nothing, so applying a workbook twice is applying it once; one for a cell whose text changed since the
/// workbook was made is refused, as is one that is not a value of its cell's kind.
/// </summary>
public sealed class ReviewApplier(FormValidator validator)
{
    public ReviewOutcome Apply(FormDocument document, IEnumerable<ReviewCorrection> corrections, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(corrections);
        var forms = document.Forms.ToArray();
        var changed = new HashSet<int>();
        var problems = new List<string>();
        var applied = 0;
        foreach (var correction in corrections)
        {
            var where = $"row {correction.Row} ({correction.Document}, form {correction.Form}, {correction.Path})";
            var index = Array.FindIndex(forms, f => f.FormIndex == correction.Form);
            if (index < 0)
            {
                problems.Add($"{where}: the document has no such form");
                continue;
            }

            if (FormCellIndex.Find(forms[index], correction.Path) is not { } slot)
            {
                problems.Add($"{where}: the form has no cell at this place");
                continue;
            }

            var current = slot.Cell?.Text ?? string.Empty;
            if (current == correction.Corrected.Trim())
            {
                continue;
            }

            if (current != correction.ReadText)
            {
                problems.Add($"{where}: the cell now reads \"{current}\", not \"{correction.ReadText}\" as when the workbook was made; export a new one");
                continue;
            }

            var (cell, problem) = CellCorrector.Correct(slot, correction.Corrected, at);
            if (cell is null)
            {
                problems.Add($"{where}: {problem}");
                continue;
            }

            forms[index] = FormCellIndex.With(forms[index], correction.Path, cell);
            changed.Add(index);
            applied++;
        }

        foreach (var i in changed)
        {
            forms[i] = validator.Revalidate(forms[i], document.Source.Ocr);
        }

        return new ReviewOutcome(changed.Count == 0 ? document : document with { Forms = forms }, applied, problems);
    }
}
