using System.Text;
using System.Text.RegularExpressions;

namespace FormExtract.Benchmarks;

/// <summary>
/// A large text input made from the real dump: its forms repeated with their figures varied (each number's
/// last digit redrawn), so that the benchmark does not replay one cached shape.
/// </summary>
internal static partial class VariedCorpus
{
    public static string RealDump => File.ReadAllText(Path.Combine(RepositoryRoot(), "corpus", "text", "shanghai-cdpf-2022.txt"));

    public static byte[] Make(int copies, int seed)
    {
        var random = new Random(seed);
        var dump = RealDump;
        var builder = new StringBuilder(dump.Length * copies);
        for (var i = 0; i < copies; i++)
        {
            builder.Append(Figure().Replace(dump, m => m.Value[..^1] + (char)('0' + random.Next(10))));
            builder.Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FormExtract.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    // Figures in cells (not years in titles): a tab or comparator before them.
    [GeneratedRegex(@"(?<=[\t=>%])\d+(\.\d+)?(?=[\t%\n])")]
    private static partial Regex Figure();
}
