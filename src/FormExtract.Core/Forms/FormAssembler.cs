using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Forms;

/// <summary>
/// Layout-to-form stage: cuts a document's rows into forms and reads each one. The same for every input
/// kind; readers differ only in how they produce rows.
/// </summary>
public sealed class FormAssembler(CategoryVocabulary vocabulary)
{
    public AssembledForms Assemble(LayoutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var (preamble, segments) = FormSplitter.Split(layout.Rows);
        var warnings = new List<ExtractionWarning>();
        if (segments.Count == 0)
        {
            var first = layout.Rows.SelectMany(r => r.NonEmpty).Select(c => c.Origin).FirstOrDefault();
            warnings.Add(new ExtractionWarning(
                "no-forms", $"No {SelfEvaluationTemplate.Title} was found.", Page: first.Page, Line: first.Line));
            return new AssembledForms([], warnings);
        }

        if (preamble.Any(r => !r.IsBlank))
        {
            var origin = preamble.SelectMany(r => r.NonEmpty).First().Origin;
            warnings.Add(new ExtractionWarning(
                "text-before-form", "Text before the first form was skipped.", Page: origin.Page, Line: origin.Line));
        }

        var reader = new FormReader(vocabulary);
        var forms = new List<Form>();
        for (var i = 0; i < segments.Count; i++)
        {
            var (form, formWarnings) = reader.Read(segments[i], i);
            forms.Add(form);
            warnings.AddRange(formWarnings);
        }

        return new AssembledForms(forms, warnings);
    }
}
