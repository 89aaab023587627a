using FormExtract.Core.Model;

namespace FormExtract.Core.Forms;

/// <summary>The forms found in one layout, not yet validated, and the problems met while building them.</summary>
public sealed record AssembledForms(IReadOnlyList<Form> Forms, IReadOnlyList<ExtractionWarning> Warnings);
