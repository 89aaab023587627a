using System.Text.Json;
using System.Text.RegularExpressions;
using FormExtract.Cli.Tests.Support;
using FormExtract.Testing.Hostile;

namespace FormExtract.Cli.Tests;

/// <summary>
/// The reliability suite: every hostile case of a batch (unwritable and unlistable places, non-regular files,
/// bombs, damaged and mixed inputs) in one run of the real program beside good files. Limits that can be
/// lowered are lowered so that each case is small: a 64 MiB bomb against a 16 MiB bound stands for the 1 GiB
/// one against 128 MiB. As root, the program runs without the capabilities that let root ignore permissions,
/// and under a file size limit that stands for a disk filling up. The good files' documents must be the bytes
/// they are when extracted alone, every bad file must be named with its reason, and nothing may end in a
/// stack trace.
/// </summary>
public sealed partial class ReliabilitySuiteTests : IDisposable
{
    private static readonly string[] Limits = ["--limit", "stream-bytes=16M", "--limit", "pdf-pages=2", "--limit", "text-bytes=1M", "--limit", "ocr-pages=2"];

    // Documents record when they were read: both runs record the same time, so that their bytes can be compared.
    private static readonly string[] SameTime = ["--extracted-at", "2024-05-01T08:00:00Z"];
    private static readonly string LongName = new string('n', 251);
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        // A tree past PATH_MAX is removed by a tool that walks it relative to each folder.
        Shell.Run(_folder.Root, "chmod -R u+rwX . 2>/dev/null; rm -rf in/deep");
        _folder.Dispose();
    }

    [Fact]
    public async Task One_batch_of_hostile_and_good_inputs_costs_each_bad_file_itself_only()
    {
        var good = new Dictionary<string, byte[]>
        {
            ["good.txt"] = HostileFiles.RealDump,
            ["nested/also-good.txt"] = HostileFiles.RealDump,
            ["page.html"] = File.ReadAllBytes(Repository.Path("tests", "FormExtract.Html.Tests", "Fixtures", "Pages", "clean-utf8.html")),
            ["form.pdf"] = File.ReadAllBytes(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "single-form.pdf")),
        };
        foreach (var (name, bytes) in good)
        {
            _folder.Write("in/" + name, bytes);
        }

        var alone = await CliProcess.RunAsync(_folder.Root, null, ["extract", "in", "--out", "alone", "--quiet", .. Limits, .. SameTime]);
        Assert.True(alone.ExitCode == 0, alone.Stderr);

        WriteHostileInputs();
        var largestGood = good.Keys.Max(name => new FileInfo(_folder.Path("alone", name + ".json")).Length);
        using var heldByAnotherRun = Hold("out/.formextract-tmp/99999-1.partial");
        using var heldOldStyle = Hold("out/good.txt.json.partial");
        _folder.Write("out/.formextract-tmp/88888-1.partial", "{ half a docu"u8.ToArray());

        var (exit, _, errors) = await CliProcess.RunLimitedAsync(_folder.Root, fileSizeLimitBytes: largestGood * 2, ["extract", "in", "--out", "out", "--quiet", .. Limits, .. SameTime]);

        Assert.Equal(1, exit);
        Assert.DoesNotMatch(StackFrame(), errors);
        Assert.DoesNotContain("Exception", errors, StringComparison.Ordinal);
        foreach (var name in good.Keys)
        {
            Assert.Equal(File.ReadAllBytes(_folder.Path("alone", name + ".json")), File.ReadAllBytes(_folder.Path("out", name + ".json")));
        }

        var lines = errors.Split('\n');
        foreach (var (name, reason) in ExpectedReasons())
        {
            Assert.True(lines.Any(l => l.Contains(name, StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal)), $"no line names {name} with '{reason}':\n{errors}");
        }

        // What could be read of damaged inputs is kept, and says what was not.
        Assert.Equal(12, Forms("mixed.txt"));
        Assert.Equal(12, Forms("nuls.txt"));
        Assert.Equal(12, Forms(@"caf\xE9.txt"));
        Assert.Equal(12, Forms("new\nline.txt"));
        Assert.Equal(1, Forms("damaged.tif"));
        Assert.Contains(Warnings("damaged.tif"), w => w.Code == "image-unreadable" && w.Page == 2);
        Assert.Contains(Warnings("unreadable.txt"), w => w.Code == "unreadable-file" && w.Message.Contains("Permission denied", StringComparison.Ordinal));
        Assert.Contains(Warnings("blank.tif"), w => w.Code == "ocr-no-table");
        Assert.DoesNotContain(lines, l => l.StartsWith("line.txt", StringComparison.Ordinal));

        // Another run's temporary file is left alone; one no process holds is a killed run's, and is removed.
        Assert.True(File.Exists(_folder.Path("out", ".formextract-tmp", "99999-1.partial")));
        Assert.False(File.Exists(_folder.Path("out", ".formextract-tmp", "88888-1.partial")));
        Assert.All(Directory.GetFiles(_folder.Path("out"), "*.json", SearchOption.AllDirectories), path => SchemaAssert.ValidDocument(File.ReadAllText(path)));
    }

    private static IEnumerable<(string Name, string Reason)> ExpectedReasons() =>
    [
        ("in/bomb.pdf", "PdfReaderOptions.MaxStreamBytes"),
        ("in/report.pdf", "pages 3–4 were not read"),
        ("in/poster.pdf", "rendered at 300 dpi"),
        ("in/deep.html", "HtmlReaderOptions.MaxNesting"),
        ("in/big.txt", "TextReaderOptions.MaxBytes"),
        ("in/mixed.txt", "mixed-encoding"),
        ("in/nuls.txt", "nul-bytes"),
        ("in/blank.tif", "no form was found in it (ocr-no-table"),
        ("in/damaged.tif", "page 2: the image data cannot be decoded"),
        ("in/huge.tif", "30000×30000 pixels"),
        ("in/pages.tif", "page 3 and the pages after it were not read"),
        ("in/pipe.txt", "named pipe (FIFO), not a regular file"),
        ("in/zero.txt", "a link to a character device"),
        ("in/nested/loop", "already searched"),
        ("in/locked", "cannot be listed (Permission denied)"),
        ("in/deep/", "File name too long"),
        ($"in/{LongName}", "is too long"),
        ("in/clash.txt", "Is a directory"),
        ("in/ro/x.txt", "is denied"),
        ("in/full.txt", "File too large"),
        ("in/unreadable.txt", "cannot be opened (Permission denied)"),
        (@"in/new\x0Aline.txt", "empty-column"),
    ];

    private static (string Code, string Message, int? Page)[] WarningsOf(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("warnings").EnumerateArray()
            .Select(w => (w.GetProperty("code").GetString()!, w.GetProperty("message").GetString()!, w.GetProperty("page").ValueKind == JsonValueKind.Number ? w.GetProperty("page").GetInt32() : (int?)null))
            .ToArray();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    private void WriteHostileInputs()
    {
        _folder.Write("in/bomb.pdf", HostileFiles.PdfBomb(64L * 1024 * 1024));
        _folder.Write("in/report.pdf", HostileFiles.PdfOfPages(4));
        _folder.Write("in/poster.pdf", HostileFiles.HugeScannedPage(100));
        _folder.Write("in/deep.html", HostileFiles.DeepHtml(100_000));
        _folder.Write("in/big.txt", HostileFiles.LargeText(3L * 1024 * 1024));
        _folder.Write("in/mixed.txt", HostileFiles.MixedEncodingDump());
        _folder.Write("in/nuls.txt", HostileFiles.DumpWithNuls());
        _folder.Write("in/blank.tif", HostileFiles.BlankScan());
        _folder.Write("in/damaged.tif", HostileFiles.TiffWithCorruptPage());
        _folder.Write("in/huge.tif", HostileFiles.TiffWithHugeSecondPage(30000));
        _folder.Write("in/pages.tif", HostileFiles.TiffOfPages(3));
        _folder.Write("in/" + LongName, HostileFiles.RealDump);
        _folder.Write("in/clash.txt", HostileFiles.RealDump);
        Directory.CreateDirectory(_folder.Path("out", "clash.txt.json"));
        _folder.Write("in/ro/x.txt", HostileFiles.RealDump);
        Directory.CreateDirectory(_folder.Path("out", "ro"));
        _folder.Write("in/full.txt", HostileFiles.LargeText(4 * HostileFiles.RealDump.Length));
        _folder.Write("in/unreadable.txt", HostileFiles.RealDump);
        _folder.Write("in/new\nline.txt", HostileFiles.RealDump);
        _folder.Write("in/locked/hidden-away.txt", HostileFiles.RealDump);
        File.CreateSymbolicLink(_folder.Path("in", "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(_folder.Path("in", "nested", "loop"), "..");
        var segment = new string('d', 200);
        Shell.Run(_folder.Root, string.Join(" && ",
            "mkfifo in/pipe.txt",
            @"cp in/good.txt ""in/$(printf 'caf\xe9.txt')""",
            "chmod 000 in/unreadable.txt in/locked",
            "chmod 555 out/ro",
            $"mkdir in/deep && cd in/deep && for i in $(seq 20); do mkdir {segment} && cd {segment}; done && printf x > {new string('x', 60)}.txt"));
    }

    private FileStream Hold(string relative)
    {
        var path = _folder.Write(relative, "{"u8.ToArray());
        return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
    }

    private int Forms(string name) => JsonDocument.Parse(File.ReadAllText(_folder.Path("out", name + ".json"))).RootElement.GetProperty("forms").GetArrayLength();

    private (string Code, string Message, int? Page)[] Warnings(string name) => WarningsOf(File.ReadAllText(_folder.Path("out", name + ".json")));
}
