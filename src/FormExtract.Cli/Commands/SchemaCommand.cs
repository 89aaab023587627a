using System.CommandLine;
using FormExtract.Core.Output;

namespace FormExtract.Cli.Commands;

/// <summary><c>formextract schema</c>: prints the output contract's JSON schema, as embedded in the library.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON schema that every document keeps to (spec/form.schema.json).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(DocumentSchema.Text), cancellationToken).ConfigureAwait(false);
            return CommandLine.Success;
        });
        return command;
    }
}
