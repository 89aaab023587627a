using System.Reflection;

namespace FormExtract;

/// <summary>The FormExtract version, from the git tag the library was built from (MinVer), without build metadata.</summary>
public static class ToolVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }
}
