using Hangfire;

namespace FormExtract.Archive.Jobs;

/// <summary>Hands Hangfire the worker's one <see cref="ArchiveJob"/>, built with the worker's archive and readers.</summary>
internal sealed class ArchiveJobActivator(ArchiveJob job) : JobActivator
{
    public override object ActivateJob(Type jobType) => jobType == typeof(ArchiveJob)
        ? job
        : throw new InvalidOperationException($"This worker runs archive jobs only, not {jobType.FullName}.");
}
