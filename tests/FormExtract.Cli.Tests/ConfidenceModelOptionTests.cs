using System.Text.Json;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

/// <summary>
/// <c>--confidence-model FILE</c> on every command that reads forms: a model that cannot be used stops the command
/// before it reads or writes anything, with one line naming the file and exit 2; it never falls back to no model.
/// </summary>
public sealed class ConfidenceModelOptionTests : IDisposable
{
    private static readonly byte[] RealDump = File.ReadAllBytes(Repository.Path("corpus", "text", "shanghai-cdpf-2022.txt"));
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "extract", "load", "worker", "serve" })
        {
            foreach (var model in new[] { "missing", "folder", "empty", "not-a-zip", "zip-of-other-things", "first-version" })
            {
                data.Add(command, model);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_model_file_that_cannot_be_used_is_one_line_naming_it_and_exit_2(string command, string model)
    {
        var input = _folder.Write("in/forms.txt", RealDump);
        var path = Model(model);
        string[] args = command switch
        {
            "extract" => ["extract", input, "--out", _folder.Path("out")],
            "load" => ["load", input, "--archive", _folder.Path("archive.db")],
            "worker" => ["worker", "--archive", "Host=127.0.0.1;Port=1;Database=none"],
            _ => ["serve", "--urls", "http://127.0.0.1:0"],
        };

        var run = await CliProcess.RunAsync(_folder.Root, null, [.. args, "--confidence-model", path]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("formextract: ", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.False(run.ShowsInternals, run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.False(Directory.Exists(_folder.Path("out")), "nothing is extracted without a usable model");
        Assert.False(File.Exists(_folder.Path("archive.db")), "no archive is made without a usable model");
    }

    [Fact]
    public async Task A_model_given_by_name_scores_the_cells_of_a_text_dump()
    {
        var input = _folder.Write("in/forms.txt", RealDump);
        var model = _folder.Write("model/confidence.zip", File.ReadAllBytes(Repository.Path("models", "confidence.zip")));

        var run = await CliProcess.RunAsync(_folder.Root, null, "extract", input, "--out", _folder.Path("out"), "--confidence-model", model);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.Path("out", "forms.txt.json")));
        var form = document.RootElement.GetProperty("forms")[0];
        var confidence = form.GetProperty("projectName").GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0, 1);
        // Printed cells are not sent to review: the review lists readings to check against a scan.
        Assert.False(form.TryGetProperty("review", out _));
    }

    private string Model(string kind) => kind switch
    {
        "missing" => _folder.Path("models", "none.zip"),
        "folder" => Directory.CreateDirectory(_folder.Path("models", "folder.zip")).FullName,
        "empty" => _folder.Write("models/empty.zip", []),
        "not-a-zip" => _folder.Write("models/text.zip", "not a model at all\n"u8.ToArray()),
        "zip-of-other-things" => ZipOfOtherThings(),
        _ => _folder.Write("models/first.zip", File.ReadAllBytes(Repository.Path("tests", "FormExtract.Ml.Tests", "Fixtures", "confidence-first-version.zip"))),
    };

    private string ZipOfOtherThings()
    {
        var path = _folder.Path("models", "other.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
        {
            writer.Write("a zip, but not a model");
        }

        return path;
    }
}
