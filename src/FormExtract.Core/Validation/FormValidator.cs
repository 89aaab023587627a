using FormExtract.Core.Model;

namespace FormExtract.Core.Validation;

/// <summary>Validation stage: runs every rule on a form and returns the findings in a stable order.</summary>
public sealed class FormValidator
{
    private readonly IReadOnlyList<IValidationRule> _rules;

    public FormValidator(IEnumerable<IValidationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToArray();
    }

    /// <summary>A validator with every rule of OUTPUT.md's findings table.</summary>
    public static FormValidator CreateDefault() => new(ValidationRules.Default);

    public IReadOnlyList<string> RuleIds => _rules.Select(r => r.Id).ToArray();

    public IReadOnlyList<Finding> Validate(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return _rules.SelectMany(rule => rule.Check(form)).ToArray();
    }

    /// <summary>The form with its findings recomputed, e.g. after a person corrected a cell.</summary>
    public Form Revalidate(Form form) => form with { Findings = Validate(form) };
}
