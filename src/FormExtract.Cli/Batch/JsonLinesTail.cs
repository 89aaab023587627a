using System.Text.Json;

namespace FormExtract.Cli.Batch;

/// <summary>
/// What an existing JSON Lines file holds, for resuming: the inputs (source path and SHA-256) whose forms it
/// has, and the length to keep. Documents are written whole and in input order, so only the last one can
/// have been cut short by a kill: its lines are dropped with any line cut short, and it is read again.
/// Reading stops at a line that is not a form (the rest is dropped too).
/// </summary>
internal sealed record JsonLinesTail(IReadOnlySet<(string Path, string Sha256)> Done, long KeepLength)
{
    private static readonly byte[] SourceMember = "\"source\":{"u8.ToArray();

    public static JsonLinesTail Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var done = new HashSet<(string, string)>();
        (string, string)? group = null;
        long groupStart = 0, lineStart = 0;
        var line = new MemoryStream();
        var buffer = new byte[1 << 20];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            while (!chunk.IsEmpty)
            {
                var end = chunk.IndexOf((byte)'\n');
                if (end < 0)
                {
                    line.Write(chunk);
                    break;
                }

                line.Write(chunk[..end]);
                chunk = chunk[(end + 1)..];
                if (KeyOf(line.GetBuffer().AsSpan(0, (int)line.Length)) is not { } key)
                {
                    return Kept(done, group, groupStart);
                }

                if (key != group)
                {
                    (group, groupStart) = (key, lineStart);
                }

                done.Add(key);
                lineStart += line.Length + 1;
                line.SetLength(0);
            }
        }

        return Kept(done, group, groupStart);
    }

    private static JsonLinesTail Kept(HashSet<(string, string)> done, (string, string)? last, long lastStart)
    {
        if (last is { } key)
        {
            done.Remove(key);
        }

        return new JsonLinesTail(done, lastStart);
    }

    /// <summary>
    /// The source of one form line, read from its <c>source</c> member alone (the last one written; inside a
    /// string a quote is escaped, so the member's name cannot be matched there).
    /// </summary>
    private static (string Path, string Sha256)? KeyOf(ReadOnlySpan<byte> line)
    {
        var at = line.LastIndexOf(SourceMember);
        if (at < 0 || line.Length < 2 || line[^1] != (byte)'}')
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(line[(at + SourceMember.Length - 1)..^1]);
            string? path = null, sha256 = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (name == "path")
                    {
                        path = reader.GetString();
                    }
                    else if (name == "sha256")
                    {
                        sha256 = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }

            return path is not null && sha256 is not null ? (path, sha256) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
