using System.CommandLine;
using FormExtract.Archive;
using FormExtract.Archive.Query;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Cli.Logging;

namespace FormExtract.Cli.Archive;

/// <summary><c>formextract query [view] --archive … [--sql "SELECT …"] [--csv]</c>: prints a view or a query of the archive.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var view = new Argument<string?>("view")
        {
            Description = "A view: " + string.Join(", ", ArchiveViews.All.Select(v => v.Name)) + ". Without one, the views are listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var archive = ArchiveOption.Create(postgresOnly: false);
        var sql = new Option<string?>("--sql") { Description = "Run this SELECT instead of a view (read-only)." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV (with a header row) instead of a table." };
        var logJson = CommonOptions.LogJson();
        var quiet = CommonOptions.Quiet();
        var command = new Command("query", "Print a view of the archive (or a SELECT of yours) as a table or CSV.") { view, archive, sql, csv, logJson, quiet };
        command.Validators.Add(result =>
        {
            if (result.GetValue(view) is { } name && ArchiveViews.Find(name) is null)
            {
                result.AddError($"No view '{name}'; the views are {string.Join(", ", ArchiveViews.All.Select(v => v.Name))}.");
            }

            if (result.GetValue(view) is not null && result.GetValue(sql) is not null)
            {
                result.AddError("Give a view or --sql, not both.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var logger = Logs.Create(parsed.GetValue(logJson), quiet: true);
            return await ArchiveExit.RunAsync(logger, async () =>
            {
                var named = parsed.GetValue(view) is { } name ? ArchiveViews.Find(name) : null;
                var statement = parsed.GetValue(sql) ?? named?.Sql;
                if (statement is null)
                {
                    var list = new QueryResult(["view", "what it shows"], [.. ArchiveViews.All.Select(v => (IReadOnlyList<string?>)[v.Name, v.Description])]);
                    QueryWriter.Write(Console.Out, list, QueryFormat.Table);
                    return CommandLine.Success;
                }

                var target = ArchiveTarget.Parse(parsed.GetValue(archive)!);
                await using var store = await Archives.OpenReadOnlyAsync(target, logger, cancellationToken).ConfigureAwait(false);
                var result = await store.QueryAsync(statement, cancellationToken).ConfigureAwait(false);
                QueryWriter.Write(Console.Out, result, parsed.GetValue(csv) ? QueryFormat.Csv : QueryFormat.Table);
                return CommandLine.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
