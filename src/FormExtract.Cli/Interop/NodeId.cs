namespace FormExtract.Cli.Interop;

/// <summary>Device and inode: names one file or folder whatever path or link leads to it.</summary>
internal readonly record struct NodeId(ulong Device, ulong Inode);
