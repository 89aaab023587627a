using System.Text.Json.Nodes;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_corrected_cell_gets_its_findings_recomputed()
    {
        var input = _folder.Write("forms.txt", File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt")));
        await CliRunner.RunAsync(_folder, "extract", input, "--out", _folder.Path("out"));
        var path = _folder.Path("out", "forms.txt.json");
        var document = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        var form = document["forms"]![0]!;
        Assert.Empty(Rules(form, "total-score"));

        // A person "corrects" the total to a figure that no longer adds up.
        form["totalScore"]!["value"] = 97;
        form["totalScore"]!["text"] = "97";
        await File.WriteAllTextAsync(path, document.ToJsonString());

        var (exit, _) = await CliRunner.RunAsync(_folder, "validate", path);

        Assert.Equal(0, exit);
        var rewritten = await File.ReadAllTextAsync(path);
        SchemaAssert.ValidDocument(rewritten);
        var finding = Assert.Single(Rules(JsonNode.Parse(rewritten)!["forms"]![0]!, "total-score"));
        Assert.Equal("97", finding["stated"]!.GetValue<string>());
        Assert.Equal("/totalScore", finding["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_that_is_not_json_fails_with_exit_1()
    {
        var path = _folder.Write("broken.json", "{ not json"u8.ToArray());

        var (exit, events) = await CliRunner.RunAsync(_folder, "validate", path);

        Assert.Equal(1, exit);
        Assert.Contains(events, e => e.TryGetProperty("@l", out var level) && level.GetString() == "Error");
    }

    private static JsonNode[] Rules(JsonNode form, string rule) =>
        form["findings"]!.AsArray().Where(f => f!["rule"]!.GetValue<string>() == rule).Select(f => f!).ToArray();
}
