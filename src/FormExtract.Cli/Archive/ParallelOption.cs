using System.CommandLine;

namespace FormExtract.Cli.Archive;

/// <summary><c>--parallel N</c>, at least 1, one per core by default.</summary>
internal static class ParallelOption
{
    public static Option<int> Create(string description)
    {
        var parallel = new Option<int>("--parallel") { Description = description, DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        return parallel;
    }
}
