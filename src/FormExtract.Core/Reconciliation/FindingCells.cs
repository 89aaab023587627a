using FormExtract.Core.Model;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Reconciliation;

/// <summary>
/// The cells a finding rests on: the figure cells another value in which would change it (it goes away, or its
/// stated or expected figure changes), whether they were read surely or not. What the review's doubts weigh, for
/// every cell, so that an evaluation can ask whether a false finding rests on misread cells the reader was sure of.
/// </summary>
public static class FindingCells
{
    /// <summary>For each of the form's findings, in order, the JSON Pointers of the cells it rests on.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(FormValidator validator, Form form) => DoubtfulFindings.RestingCells(validator, form);
}
