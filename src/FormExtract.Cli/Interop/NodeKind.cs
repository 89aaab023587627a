namespace FormExtract.Cli.Interop;

/// <summary>What a path names: only regular files are read; folders are searched; the rest is skipped.</summary>
internal enum NodeKind
{
    Regular,
    Folder,
    Link,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Unknown,
}
