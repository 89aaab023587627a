using FormExtract.Core.Model;
using FormExtract.Core.Template;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Support;

/// <summary>Runs a rule with the layout its form names, as the validator does.</summary>
public static class RuleChecks
{
    public static IEnumerable<Finding> Check(this IValidationRule rule, Form form) =>
        rule.Check(form, TemplateCatalog.Default.Get(form.Template));
}
