using System.CommandLine;
using System.Globalization;

namespace FormExtract.Cli.Commands;

/// <summary>
/// The time documents record as their time of extraction: <c>--extracted-at</c>, else the
/// <c>SOURCE_DATE_EPOCH</c> environment variable (seconds since 1970, as reproducible-build tools set it),
/// else the clock's. Fixing it makes output byte-identical from run to run.
/// </summary>
internal static class ExtractionTime
{
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    public static Option<DateTimeOffset?> Option() => new("--extracted-at")
    {
        Description = $"Record this UTC time (2024-05-01T08:00:00Z) as every document's time of extraction, for reproducible output; default: {EnvironmentVariable} if set, else now.",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                return time;
            }

            result.AddError($"--extracted-at takes a date and time such as 2024-05-01T08:00:00Z, not '{text}'.");
            return null;
        },
    };

    /// <summary>The fixed time, if any, or why the environment's is unusable.</summary>
    public static (DateTimeOffset? Time, string? Problem) Resolve(DateTimeOffset? option, string? environmentValue)
    {
        if (option is not null || string.IsNullOrWhiteSpace(environmentValue))
        {
            return (option, null);
        }

        return long.TryParse(environmentValue, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? (DateTimeOffset.FromUnixTimeSeconds(seconds), null)
            : (null, $"{EnvironmentVariable} must be a whole number of seconds since 1970-01-01, not '{environmentValue}'.");
    }
}
