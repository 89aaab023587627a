using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Validation;

/// <summary>
/// One audit check of OUTPUT.md's findings table, evaluated with the form's own layout (its budget weight, its
/// total, its weight split, the base of its execution rate). A rule that cannot be evaluated reports nothing.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule id written into each finding (<c>total-score</c>, ...).</summary>
    string Id { get; }

    IEnumerable<Finding> Check(Form form, FormTemplate layout);
}
