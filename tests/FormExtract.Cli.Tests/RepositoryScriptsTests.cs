using System.Text;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

/// <summary>The set-up and test scripts, run for real (listing, not installing).</summary>
public sealed class RepositoryScriptsTests : IDisposable
{
    private static readonly string[] TestTools = ["chromium", "python3-reportlab", "qpdf", "python3-pdfminer", "imagemagick", "strace"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Setting_up_to_run_installs_what_extraction_needs_and_no_test_tool()
    {
        var run = await CliProcess.ShellAsync(Repository.Root, "scripts/setup.sh run --list");
        var test = await CliProcess.ShellAsync(Repository.Root, "scripts/setup.sh test --list");

        var forRun = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var forTest = test.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.Subset(new HashSet<string>(forRun), new HashSet<string>(["libtesseract5", "liblept5", "tesseract-ocr-chi-sim", "tesseract-ocr-eng", "poppler-utils"]));
        Assert.Empty(forRun.Intersect(TestTools));
        Assert.Subset(new HashSet<string>(forTest), new HashSet<string>([.. forRun, .. TestTools]));
    }

    [Fact]
    public async Task The_read_check_lists_files_beside_the_repository_and_nothing_else()
    {
        var repository = Directory.CreateDirectory(_folder.Path("work", "repository")).FullName;
        var allowed = Directory.CreateDirectory(_folder.Path("work", "cache")).FullName;
        var trace = new StringBuilder()
            .AppendLine(Open(Path.Combine(repository, "spec", "form.schema.json")))
            .AppendLine(Open("/usr/lib/x86_64-linux-gnu/libc.so.6"))
            .AppendLine(Open(_folder.Path("work", "shared", "spec", "表.json")))
            .AppendLine(Open(Path.Combine(allowed, "package.dll")))
            .AppendLine(Open(_folder.Path("work", "repository-old", "README.md")))
            .ToString();
        var log = _folder.Write("trace.log", Encoding.UTF8.GetBytes(trace));

        var check = await CliProcess.ShellAsync(Repository.Root, $"python3 scripts/reads-outside.py '{repository}' '{log}' '{allowed}'");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal([_folder.Path("work", "repository-old", "README.md"), _folder.Path("work", "shared", "spec", "表.json")], check.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A successful openat as <c>strace -y -xx</c> prints it: the resolved path, every byte hex-escaped.</summary>
    private static string Open(string path)
    {
        var hex = string.Concat(Encoding.UTF8.GetBytes(path).Select(b => $"\\x{b:x2}"));
        return $"4242  openat(AT_FDCWD<\\x2f>, \"{hex}\", O_RDONLY|O_CLOEXEC) = 3<{hex}>";
    }
}
