using FormExtract.Cli.Batch;
using FormExtract.Cli.Tests.Support;

namespace FormExtract.Cli.Tests;

/// <summary>Only regular files are inputs; links never lead the search in circles; any name a folder can hold is read.</summary>
public sealed class InputDiscoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_link_back_to_a_folder_already_searched_is_followed_once()
    {
        _folder.Write("in/a.txt", [1]);
        _folder.Write("in/sub/b.txt", [1]);
        File.CreateSymbolicLink(_folder.Path("in", "sub", "up"), "..");
        File.CreateSymbolicLink(_folder.Path("in", "again"), "sub");

        var found = Discover(_folder.Path("in"));

        Assert.Equal(["a.txt", "sub/b.txt"], found.Inputs.Select(i => i.OutputName));
        Assert.Contains(found.Problems, p => p is { IsFailure: false } && p.Path.EndsWith("sub/up", StringComparison.Ordinal) && p.Reason.Contains("already searched", StringComparison.Ordinal));
        Assert.Contains(found.Problems, p => p.Path.EndsWith("again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_folder_searched_nowhere_else_is_followed_unless_links_are_not_followed()
    {
        _folder.Write("elsewhere/c.txt", [1]);
        _folder.Write("in/a.txt", [1]);
        File.CreateSymbolicLink(_folder.Path("in", "linked"), _folder.Path("elsewhere"));

        Assert.Equal(["a.txt", "linked/c.txt"], Discover(_folder.Path("in")).Inputs.Select(i => i.OutputName));
        var notFollowed = new InputDiscovery(new DiscoveryOptions(FollowFolderLinks: false)).Discover([_folder.Path("in")]);
        Assert.Equal(["a.txt"], notFollowed.Inputs.Select(i => i.OutputName));
        Assert.Contains(notFollowed.Problems, p => p.Reason.Contains("--no-follow-links", StringComparison.Ordinal));
    }

    [Fact]
    public void Fifos_devices_and_dangling_links_are_skipped_with_their_kind_named()
    {
        _folder.Write("in/a.txt", [1]);
        Shell.Run(_folder.Root, "mkfifo in/pipe.txt && ln -s /dev/zero in/zero.txt && ln -s nowhere in/gone.txt");

        var found = Discover(_folder.Path("in"));

        Assert.Equal(["a.txt"], found.Inputs.Select(i => i.OutputName));
        Assert.All(found.Problems, p => Assert.False(p.IsFailure));
        Assert.Contains(found.Problems, p => p.Path.EndsWith("pipe.txt", StringComparison.Ordinal) && p.Reason.Contains("named pipe (FIFO), not a regular file", StringComparison.Ordinal));
        Assert.Contains(found.Problems, p => p.Path.EndsWith("zero.txt", StringComparison.Ordinal) && p.Reason.Contains("a link to a character device", StringComparison.Ordinal));
        Assert.Contains(found.Problems, p => p.Path.EndsWith("gone.txt", StringComparison.Ordinal) && p.Reason.Contains("leads nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fifo_given_by_name_is_a_failure_not_a_hang()
    {
        Shell.Run(_folder.Root, "mkfifo pipe.txt");

        var found = Discover(_folder.Path("pipe.txt"));

        Assert.Empty(found.Inputs);
        Assert.True(Assert.Single(found.Problems).IsFailure);
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_found_and_shown_with_its_bytes()
    {
        Shell.Run(_folder.Root, @"mkdir in && printf 'x' > ""in/$(printf 'caf\xe9.txt')""");

        var input = Assert.Single(Discover(_folder.Path("in")).Inputs);

        Assert.Equal(@"caf\xE9.txt", input.OutputName);
        Assert.Equal([.. "caf"u8, 0xE9, .. ".txt"u8], input.Location.Bytes[^8..]);
    }

    [Fact]
    public void A_name_that_is_not_utf8_given_on_the_command_line_is_read()
    {
        Shell.Run(_folder.Root, @"printf 'x' > ""$(printf 'caf\xe9.txt')""");
        var cli = Path.Combine(AppContext.BaseDirectory, "formextract.dll");

        Shell.Run(_folder.Root, $@"dotnet {cli} extract ""$(printf 'caf\xe9.txt')"" --out out --quiet; test $? -eq 1");

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_folder.Path("out", @"caf\xE9.txt.json")));
        Assert.Equal(@"caf\xE9.txt", document.RootElement.GetProperty("source").GetProperty("path").GetString());
        Assert.Contains(document.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "no-forms");
    }

    [Fact]
    public void Output_folder_inside_an_input_folder_is_not_searched_but_an_output_folder_that_is_the_input_is()
    {
        _folder.Write("in/a.txt", [1]);
        _folder.Write("in/out/old.txt", [1]);
        var outId = Interop.Posix.Stat(Files.NativePath.Of(_folder.Path("in", "out")), followLinks: true).Info!.Value.Id;
        var inId = Interop.Posix.Stat(Files.NativePath.Of(_folder.Path("in")), followLinks: true).Info!.Value.Id;

        Assert.Equal(["a.txt"], new InputDiscovery(new DiscoveryOptions(OutputFolder: outId)).Discover([_folder.Path("in")]).Inputs.Select(i => i.OutputName));
        Assert.Equal(["a.txt", "out/old.txt"], new InputDiscovery(new DiscoveryOptions(OutputFolder: inId)).Discover([_folder.Path("in")]).Inputs.Select(i => i.OutputName));
    }

    private static DiscoveryResult Discover(string path) => new InputDiscovery(new DiscoveryOptions()).Discover([path]);
}
