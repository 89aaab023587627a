using System.Text;

namespace FormExtract.Cli.Files;

/// <summary>
/// The path an argument names, as bytes. The runtime hands arguments over decoded as UTF-8, with each byte
/// that is not UTF-8 replaced by U+FFFD, which names no file; such an argument is looked up among the
/// process's own arguments as the system passed them (<c>/proc/self/cmdline</c>) and taken from there.
/// </summary>
internal static class ArgumentPath
{
    /// <summary>The absolute path, and the argument as it is shown (bytes that are not UTF-8 written <c>\xNN</c>).</summary>
    public static (NativePath Location, string Shown) Resolve(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var raw = argument.Contains('\uFFFD', StringComparison.Ordinal) ? Raw(argument) : null;
        var bytes = raw ?? Encoding.UTF8.GetBytes(argument);
        var shown = raw is null ? argument : NativePath.Decode(raw);
        var location = bytes.Length > 0 && bytes[0] == (byte)'/' ? NativePath.Of(bytes) : NativePath.Of(Environment.CurrentDirectory).Join(bytes);
        return (location, shown);
    }

    /// <summary>The argument's bytes as the system passed them, when exactly one argument decodes to it.</summary>
    private static byte[]? Raw(string argument)
    {
        try
        {
            var all = File.ReadAllBytes("/proc/self/cmdline");
            var matches = new List<byte[]>();
            foreach (var range in all.AsSpan().Split((byte)0))
            {
                var candidate = all.AsSpan()[range];
                if (Encoding.UTF8.GetString(candidate) == argument)
                {
                    matches.Add(candidate.ToArray());
                }
            }

            return matches.Count == 1 || matches.Distinct(ByteArrayComparer.Instance).Count() == 1 ? matches.FirstOrDefault() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>
    {
        public static ByteArrayComparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
