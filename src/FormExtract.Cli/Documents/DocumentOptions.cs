using System.CommandLine;
using FormExtract.Cli.Commands;

namespace FormExtract.Cli.Documents;

/// <summary>The inputs the report, export and review commands share: documents or folders of them, and an archive.</summary>
internal static class DocumentOptions
{
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Documents written by 'extract', or folders of them.", Arity = ArgumentArity.ZeroOrMore };
        CommonOptions.RejectOptionLikeValues(inputs);
        return inputs;
    }

    public static Option<string?> Archive() => new("--archive", "-a")
    {
        Description = "Also read the documents of this archive (a SQLite file, or a PostgreSQL connection string).",
    };

    public static Option<string[]> Sources() => new("--sources")
    {
        Description = "A folder to look for the source files in (PDFs and scans, for crops), besides the paths the documents record. Repeats.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
