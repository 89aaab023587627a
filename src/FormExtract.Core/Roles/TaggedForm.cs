using FormExtract.Core.Template;

namespace FormExtract.Core.Roles;

/// <summary>One form's rows, tagged, with the layout they were tagged against.</summary>
public sealed record TaggedForm(FormTemplate Template, IReadOnlyList<TaggedRow> Rows)
{
    /// <summary>Whether the form printed the header row of its indicator table (else columns came from the layout's order).</summary>
    public bool IndicatorHeaderSeen { get; init; }
}
