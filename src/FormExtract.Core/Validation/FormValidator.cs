using FormExtract.Core.Model;
using FormExtract.Core.Reconciliation;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation;

/// <summary>Validation stage: runs every rule on a form, with the layout its <c>template</c> names, and returns the findings in a stable order.</summary>
public sealed class FormValidator
{
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly TemplateCatalog _catalog;

    public FormValidator(IEnumerable<IValidationRule> rules, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(catalog);
        _rules = rules.ToArray();
        _catalog = catalog;
    }

    /// <summary>The rules with the layouts described in the library.</summary>
    public FormValidator(IEnumerable<IValidationRule> rules)
        : this(rules, TemplateCatalog.Default)
    {
    }

    /// <summary>A validator with every rule of OUTPUT.md's findings table.</summary>
    public static FormValidator CreateDefault() => new(ValidationRules.Default);

    public IReadOnlyList<string> RuleIds => _rules.Select(r => r.Id).ToArray();

    public IReadOnlyList<Finding> Validate(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var layout = _catalog.Get(form.Template);
        return _rules.SelectMany(rule => rule.Check(form, layout)).ToArray();
    }

    /// <summary>
    /// The form with its findings recomputed, e.g. after a person corrected a cell; findings that rest on figures
    /// read unsurely carry their doubt (<see cref="FindingDoubt"/>) and are never errors.
    /// </summary>
    /// <remarks>Each doubt names the other readings the cells carry under which it would not hold.</remarks>
    /// <param name="form">The form.</param>
    /// <param name="recognised">
    /// Whether the document was read by OCR: a doubt rests only on recognised cells. Cells that still carry their
    /// evidence say so themselves; cells read back from JSON take the document's word (<c>source.ocr</c>).
    /// </param>
    public Form Revalidate(Form form, bool recognised = true) => Mark(form with { Findings = Validate(form) }, recognised);

    /// <summary>The form, whose findings are already this validator's, with findings on unsure recognised cells marked doubtful.</summary>
    public Form Mark(Form form, bool recognised = true) => DoubtfulFindings.Mark(this, form, recognised);
}
