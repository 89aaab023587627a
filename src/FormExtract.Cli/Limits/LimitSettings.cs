using System.Globalization;

namespace FormExtract.Cli.Limits;

/// <summary>
/// Reads <c>--limit NAME=VALUE</c> settings into the library's <see cref="ExtractionLimits"/>, whose records check
/// each value's range. Sizes take a binary suffix (<c>64M</c>, <c>1G</c>, <c>512K</c>); times are seconds. An
/// unknown name or a value out of range is a usage error.
/// </summary>
internal static class LimitSettings
{
    /// <summary>Each name, what it bounds, and how a value is applied.</summary>
    public static IReadOnlyList<(string Name, string Bounds, Func<ExtractionLimits, long, ExtractionLimits> Apply, bool IsSize)> Names { get; } =
    [
        ("file-bytes", "bytes read from one input file", (l, v) => l with { FileBytes = v }, true),
        ("seconds", "time one file may take", (l, v) => l with { FileTime = TimeSpan.FromSeconds(v) }, false),
        ("text-bytes", "bytes of one text dump", (l, v) => l with { Text = l.Text with { MaxBytes = v } }, true),
        ("html-bytes", "bytes of one HTML page", (l, v) => l with { Html = l.Html with { MaxBytes = v } }, true),
        ("html-nesting", "elements open inside one another in a page", (l, v) => l with { Html = l.Html with { MaxNesting = checked((int)v) } }, false),
        ("office-rows", "rows with values read from one workbook", (l, v) => l with { Office = l.Office with { MaxRows = checked((int)v) } }, false),
        ("convert-seconds", "time LibreOffice may take to convert one legacy Office file", (l, v) => l with { Office = l.Office with { ConversionTime = TimeSpan.FromSeconds(v) } }, false),
        ("pdf-pages", "pages read from one PDF", (l, v) => l with { Pdf = l.Pdf with { MaxPages = checked((int)v) } }, false),
        ("stream-bytes", "bytes one compressed PDF stream may inflate to", (l, v) => l with { Pdf = l.Pdf with { MaxStreamBytes = v } }, true),
        ("pixels", "pixels of one page image", (l, v) => l with { Ocr = l.Ocr with { MaxPixels = v } }, false),
        ("ocr-pages", "pages read by OCR from one file", (l, v) => l with { Ocr = l.Ocr with { MaxPages = checked((int)v) } }, false),
        ("page-seconds", "time OCR may spend on one page", (l, v) => l with { Ocr = l.Ocr with { PageTimeBudget = TimeSpan.FromSeconds(v) } }, false),
    ];

    public static (ExtractionLimits? Limits, string? Error) Parse(IEnumerable<string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var limits = ExtractionLimits.Default;
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? setting : setting[..equals];
            var entry = Names.FirstOrDefault(n => n.Name == name);
            if (entry.Name is null)
            {
                return (null, $"--limit {setting}: unknown limit '{name}'; the limits are {string.Join(", ", Names.Select(n => n.Name))}.");
            }

            if (equals < 0 || Value(setting[(equals + 1)..], entry.IsSize) is not { } value)
            {
                return (null, $"--limit {setting}: give {name}=N with N a whole number{(entry.IsSize ? " (a K, M or G suffix counts 1024s)" : string.Empty)}.");
            }

            try
            {
                limits = entry.Apply(limits, value);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                return (null, $"--limit {setting}: out of range.");
            }
        }

        return (limits, null);
    }

    private static long? Value(string text, bool isSize)
    {
        var multiplier = 1L;
        if (isSize && text.Length > 0)
        {
            var unit = char.ToUpperInvariant(text[^1]);
            multiplier = unit switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1 };
            text = multiplier == 1 ? text : text[..^1];
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= long.MaxValue / multiplier
            ? number * multiplier
            : null;
    }
}
