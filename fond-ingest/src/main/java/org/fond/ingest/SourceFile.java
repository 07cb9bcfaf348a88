package org.fond.ingest;

import java.util.Objects;

/**
 * One file to read: the path it was found at (inside an archive: {@code archive.tar.gz!/inner/file.txt})
 * and its bytes exactly as stored. The bytes are not copied; callers must not change them.
 */
public record SourceFile(String path, byte[] bytes) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }

    public int size() {
        return bytes.length;
    }

    /** The file name after the last {@code /} or {@code !/}. */
    public String name() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + ", " + bytes.length + " bytes]";
    }
}
