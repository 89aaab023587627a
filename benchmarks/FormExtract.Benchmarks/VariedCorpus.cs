using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FormExtract.Benchmarks;

/// <summary>
/// A large text input made from the real dump: its forms repeated with their money figures varied. Each copy
/// scales every amount by its own factor, so totals, breakdowns and execution rates stay as consistent (or as
/// inconsistent) as the real forms are, and the benchmark does not replay one cached shape.
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
            var factor = random.Next(2, 10);
            builder.Append(Amount().Replace(dump, m => Scale(m.Value, factor)));
            builder.Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static string Scale(string amount, int factor)
    {
        var value = decimal.Parse(amount.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) * factor;
        var decimals = amount.Contains('.', StringComparison.Ordinal) ? amount.Length - amount.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var format = (amount.Contains(',', StringComparison.Ordinal) ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
        return value.ToString(format, CultureInfo.InvariantCulture);
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

    // Money: four or more digits (or thousands separators), not a year (followed by 年) nor part of a longer number.
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}(,\d{3})+|\d{4,})(\.\d+)?(?!\d|\s*年)")]
    private static partial Regex Amount();
}
