using FormExtract.Core.Model;

namespace FormExtract.Core.Ingestion;

/// <summary>Ingestion stage: turns one kind of input file (text dump, PDF, HTML, image) into table rows.</summary>
public interface IDocumentReader
{
    SourceFormat Format { get; }

    /// <summary>Whether this reader takes the file, judged from its first bytes and its name.</summary>
    bool CanRead(InputFile file);

    ReadResult Read(InputFile file, CancellationToken cancellationToken);
}
