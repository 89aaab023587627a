namespace FormExtract.Cli.Interop;

/// <summary>A file's kind, size and identity (device and inode: the same file or folder however it is reached).</summary>
internal readonly record struct NodeInfo(NodeKind Kind, NodeId Id, long Size)
{
    /// <summary>How the kind reads in a message.</summary>
    public string KindName => Kind switch
    {
        NodeKind.Regular => "a regular file",
        NodeKind.Folder => "a folder",
        NodeKind.Link => "a symbolic link",
        NodeKind.Fifo => "a named pipe (FIFO)",
        NodeKind.Socket => "a socket",
        NodeKind.CharacterDevice => "a character device",
        NodeKind.BlockDevice => "a block device",
        _ => "of an unknown kind",
    };
}
