using FormExtract.Core.Template;

namespace FormExtract.Synthetic.Layouts;

/// <summary>
/// A layout the generator can fill in and print: its id (the <c>template</c> the readers must recognise), what it
/// changes in a form's content, how it prints, and the injected errors its rules can catch, in the order a
/// corpus takes them.
/// </summary>
public sealed class SyntheticLayout
{
    internal SyntheticLayout(string id, string evidence, LayoutProfile profile, LayoutPrinter printer, IReadOnlyList<string> rules)
    {
        Id = id;
        Evidence = evidence;
        Profile = profile;
        Printer = printer;
        Rules = rules;
    }

    public string Id { get; }

    /// <summary>Where the layout was seen (TEMPLATES.md's name for it and the provinces that print it).</summary>
    public string Evidence { get; }

    public IReadOnlyList<string> Rules { get; }

    public bool IsNational => Id == TemplateCatalog.NationalId;

    internal LayoutProfile Profile { get; }

    internal LayoutPrinter Printer { get; }

    public override string ToString() => Id;
}
