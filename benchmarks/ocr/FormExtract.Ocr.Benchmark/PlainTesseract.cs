using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FormExtract.Core.Model;

/// <summary>
/// The baseline: <c>tesseract page -  -l chi_sim --psm 3</c> on every page image (TIFF pages and PDF pages
/// as the CLI or pdftoppm hand them over), timed including the rasterising of PDFs. The CLI knows no cells,
/// so its output is matched generously: a truth number counts as read when an equal figure occurs anywhere
/// in the page text not already used by another field.
/// </summary>
internal static partial class PlainTesseract
{
    public static (CliScore Score, double Seconds) Run(string input, FormDocument truth)
    {
        var clock = Stopwatch.StartNew();
        var text = Path.GetExtension(input) == ".pdf" ? Pdf(input) : Tesseract(input);
        var seconds = clock.Elapsed.TotalSeconds;
        var figures = Figure().Matches(text).Select(m => Parse(m.Value)).Where(v => v is not null).Select(v => v!.Value).ToList();
        var expected = Numbers(truth).ToList();
        var matched = 0;
        foreach (var value in expected)
        {
            var index = figures.IndexOf(value);
            if (index >= 0)
            {
                figures.RemoveAt(index);
                matched++;
            }
        }

        return (new CliScore(matched, expected.Count), seconds);
    }

    private static IEnumerable<decimal> Numbers(FormDocument truth)
    {
        foreach (var form in truth.Forms)
        {
            foreach (var row in new[] { form.Funding?.Total, form.Funding?.FiscalAppropriation, form.Funding?.Carryover, form.Funding?.Other })
            {
                foreach (var cell in new[] { row?.InitialBudget, row?.AdjustedBudget, row?.Executed })
                {
                    if (cell?.Value is { } v)
                    {
                        yield return v;
                    }
                }
            }

            foreach (var cell in new[] { form.Funding?.Weight, form.Funding?.Score, form.TotalWeight, form.TotalScore })
            {
                if (cell?.Value is { } v)
                {
                    yield return v;
                }
            }

            if (form.Funding?.ExecutionRate?.Value is { } rate)
            {
                yield return rate * 100;
            }

            foreach (var indicator in form.Indicators)
            {
                foreach (var cell in new[] { indicator.Weight, indicator.Score })
                {
                    if (cell?.Value is { } v)
                    {
                        yield return v;
                    }
                }
            }
        }
    }

    private static decimal? Parse(string figure) =>
        decimal.TryParse(figure.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Pdf(string input)
    {
        var folder = Directory.CreateTempSubdirectory("ocr-bench-");
        try
        {
            Exec("pdftoppm", ["-r", "300", "-gray", "-png", input, Path.Combine(folder.FullName, "p")]);
            return string.Concat(Directory.GetFiles(folder.FullName, "*.png").Order(StringComparer.Ordinal).Select(Tesseract));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Tesseract(string image) => Exec("tesseract", [image, "-", "-l", "chi_sim", "--psm", "3"]);

    private static string Exec(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Figure();
}
