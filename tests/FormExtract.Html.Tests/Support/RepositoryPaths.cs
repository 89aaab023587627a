namespace FormExtract.Html.Tests.Support;

/// <summary>Paths in the source tree: golden files are read and written there, never in the build output.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PagesFolder => Path.Combine(Root, "tests", "FormExtract.Html.Tests", "Fixtures", "Pages");

    /// <summary>
    /// The output contract, <c>../shared/spec/form.schema.json</c> from the repository. A git worktree may sit a
    /// level or two deeper than the repository, so the folders above are searched nearest first.
    /// </summary>
    public static string Schema { get; } = FindSchema();

    private static string FindSchema()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var schema = Path.Combine(dir.FullName, "shared", "spec", "form.schema.json");
            if (File.Exists(schema))
            {
                return schema;
            }
        }

        throw new InvalidOperationException("The output contract ../shared/spec/form.schema.json was not found beside the repository " + Root);
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

        throw new InvalidOperationException("The tests run outside the repository: FormExtract.sln was not found above " + AppContext.BaseDirectory);
    }
}
