namespace FormExtract.Synthetic.Tests.Support;

/// <summary>Finds the repository (the folder with FormExtract.sln) and the shared contract beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SyntheticCorpus => Path.Combine(Root, "corpus", "synthetic");

    /// <summary>
    /// <c>../shared/spec/form.schema.json</c> relative to the repository; a checkout nested deeper (a worktree
    /// in a sub-folder) finds it further up.
    /// </summary>
    public static string Schema
    {
        get
        {
            for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "spec", "form.schema.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("shared/spec/form.schema.json is not beside the repository.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FormExtract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("FormExtract.sln was not found above the test binaries.");
    }
}
