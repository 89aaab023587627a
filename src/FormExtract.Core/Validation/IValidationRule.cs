using FormExtract.Core.Model;

namespace FormExtract.Core.Validation;

/// <summary>One audit check of OUTPUT.md's findings table. A rule that cannot be evaluated reports nothing.</summary>
public interface IValidationRule
{
    /// <summary>The rule id written into each finding (<c>total-score</c>, ...).</summary>
    string Id { get; }

    IEnumerable<Finding> Check(Form form);
}
