#!/usr/bin/env python3
"""Lists the files outside the repository that a traced run opened.

Reads an strace log made with -y -xx (so each successful open ends in "= FD<resolved absolute path>", the
path hex-escaped) and prints, one per line, every opened file that lies under the repository's parent folder
but not in the repository: a sibling checkout, a shared folder beside the clone. The repository's own git
data (which a worktree keeps elsewhere) and the given allowed folders (temporary files, the .NET and NuGet
caches) do not count. When the parent is the file system root, its system folders do not count either. The
parent folder itself does not count: tools that look upward for their settings (NuGet for nuget.config, which
it matches without regard to case) list it, and a listing reads nothing beside the repository; what they then
open there would.

Usage: reads-outside.py REPOSITORY TRACE [ALLOWED_FOLDER ...]; exits 1 when it lists anything.
"""
import os
import re
import sys

SYSTEM = {"bin", "boot", "dev", "etc", "home", "lib", "lib32", "lib64", "libx32", "media", "mnt", "opt", "proc",
          "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var"}
# With -xx every byte of a path is escaped, so a path holds no '>' and the match cannot backtrack far.
OPENED = re.compile(r"\b(?:open|openat|openat2)\(.*\) = \d+<([^>]*)>\s*$")
HEX = re.compile(r"\\x([0-9a-f]{2})")


def decode(escaped):
    raw = HEX.sub(lambda m: chr(int(m.group(1), 16)), escaped)
    return raw.encode("latin-1").decode("utf-8", "replace")


def inside(path, folder):
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    repository = os.path.realpath(argv[1])
    allowed = [os.path.realpath(a) for a in argv[3:] if a]
    parent = os.path.dirname(repository)
    outside = set()
    with open(argv[2], encoding="latin-1") as trace:
        for line in trace:
            match = OPENED.search(line)
            if not match:
                continue
            path = decode(match.group(1))
            if not path.startswith("/") or not inside(path, parent) or path == parent or inside(path, repository):
                continue
            if any(inside(path, a) for a in allowed):
                continue
            if parent == "/" and path.split("/")[1] in SYSTEM:
                continue
            outside.add(path)
    for path in sorted(outside):
        print(path)
    return 1 if outside else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
