using FormExtract.Core.Model;

namespace FormExtract.Synthetic.Generation;

/// <summary>
/// A generated form: its ground truth (what extraction must produce, findings included) and the rule id of
/// the error injected into it, if any.
/// </summary>
public sealed record SyntheticForm(Form Truth, string? InjectedRule)
{
    public bool IsClean => InjectedRule is null;
}
