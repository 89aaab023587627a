namespace FormExtract.Archive.Storage;

/// <summary>What became of one input of a load (<c>load_inputs.outcome</c>).</summary>
public enum InputOutcome
{
    /// <summary>Read and archived as done.</summary>
    Archived,

    /// <summary>Read again by a newer reader version; its older document replaced.</summary>
    Reprocessed,

    /// <summary>Its bytes were archived already.</summary>
    Skipped,

    /// <summary>Archived as failed, with its error.</summary>
    Failed,

    /// <summary>Its bytes could not be read at all: no document, only this record.</summary>
    Unreadable,
}
