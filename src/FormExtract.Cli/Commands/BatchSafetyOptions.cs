using System.CommandLine;
using FormExtract.Cli.Limits;

namespace FormExtract.Cli.Commands;

/// <summary>The options that bound files (<c>extract</c>, <c>serve</c>) and resume runs (<c>extract</c>).</summary>
internal static class BatchSafetyOptions
{
    public static Option<bool> NoRetry() => new("--no-retry")
    {
        Description = "With --resume and --out, also skip inputs whose earlier document records a failure (by default they are read again).",
    };

    public static Option<bool> NoFollowLinks() => new("--no-follow-links")
    {
        Description = "Do not follow links to folders (by default each folder is searched once, however many links lead to it).",
    };

    public static Option<string[]> Limit()
    {
        var limit = new Option<string[]>("--limit")
        {
            Description = "Set a bound of one file, NAME=VALUE (repeatable): " + string.Join(", ", LimitSettings.Names.Select(n => n.Name)) + ". See the README for defaults.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        limit.Validators.Add(result =>
        {
            if (LimitSettings.Parse(result.GetValueOrDefault<string[]>() ?? []).Error is { } error)
            {
                result.AddError(error);
            }
        });
        return limit;
    }
}
