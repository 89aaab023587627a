using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Support;

/// <summary>Assertions on what a rule reports, comparing everything but the wording of the message.</summary>
public static class FindingAssert
{
    /// <summary>The rule reports exactly this one finding, with a message.</summary>
    public static void One(IValidationRule rule, Form form, Severity severity, string path, string? stated, string? expected)
    {
        var findings = rule.Check(form).ToArray();
        var finding = Assert.Single(findings);
        Assert.Equal((rule.Id, severity, path, stated, expected), (finding.Rule, finding.Severity, finding.Path, finding.Stated, finding.Expected));
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    /// <summary>The rule reports nothing; on failure the findings are shown.</summary>
    public static void Nothing(IValidationRule rule, Form form)
    {
        var findings = rule.Check(form).ToArray();
        Assert.True(findings.Length == 0, $"{rule.Id} reported: {string.Join("; ", findings.Select(f => $"{f.Path} {f.Severity} {f.Message}"))}");
    }

    /// <summary>The rule's findings as (path, severity, stated, expected), in order, for multi-finding checks.</summary>
    public static IReadOnlyList<(string Path, Severity Severity, string? Stated, string? Expected)> Summary(IValidationRule rule, Form form) =>
        rule.Check(form).Select(f => (f.Path, f.Severity, f.Stated, f.Expected)).ToArray();
}
