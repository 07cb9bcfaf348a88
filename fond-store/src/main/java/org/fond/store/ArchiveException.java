package org.fond.store;

import java.nio.file.Path;

/**
 * Something the archive cannot do, always naming the archive directory and the reason, so that a
 * user reading the message knows which archive to look at. Thrown before anything half-written
 * becomes visible: the archive is left as it was.
 */
public final class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path archive;

    public ArchiveException(Path archive, String reason) {
        super("archive " + archive + ": " + reason);
        this.archive = archive;
    }

    public ArchiveException(Path archive, String reason, Throwable cause) {
        super("archive " + archive + ": " + reason + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
                cause);
        this.archive = archive;
    }

    /** The archive directory concerned. */
    public Path archive() {
        return archive;
    }
}
