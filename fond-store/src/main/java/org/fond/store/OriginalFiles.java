package org.fond.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The original files, content-addressed: {@code originals/ab/cdef…} for SHA-256 {@code abcdef…}.
 * A file appears under its final name only whole (written to {@code originals/.incoming}, then
 * renamed atomically on the same file system), so a killed process never leaves half a file
 * under a final name. Forcing to disk waits for the commit ({@link #sync}): one fsync per file
 * while adding costs ~5 ms each here, whereas at commit the first fsync flushes the others' data
 * with it. A file that no committed catalog row names (left by a killed ingest or a power cut
 * before its sync) is harmless: the next ingest of the same bytes checks its hash and reuses or
 * replaces it.
 */
final class OriginalFiles {
    static final String DIR_NAME = "originals";
    private static final String INCOMING = ".incoming";

    private final Path archive;
    private final Path root;

    OriginalFiles(Path archive) {
        this.archive = archive;
        this.root = archive.resolve(DIR_NAME);
    }

    void create() throws IOException {
        Files.createDirectories(root.resolve(INCOMING));
    }

    Path pathOf(String sha256) {
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    /**
     * Makes sure the original with these bytes is on disk under its hash. Returns true when this
     * call created the file (so a rolled-back batch may remove it again), false when a good copy
     * was already there.
     */
    boolean store(String sha256, byte[] bytes) {
        Path target = pathOf(sha256);
        try {
            if (Files.isRegularFile(target)) {
                if (sha256.equals(Sha256.hex(Files.readAllBytes(target)))) {
                    return false;
                }
                // A damaged copy: replace it with the good bytes we have in hand.
            }
            Files.createDirectories(target.getParent());
            Path temp = root.resolve(INCOMING).resolve(sha256 + "." + UUID.randomUUID() + ".tmp");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            return true;
        } catch (IOException e) {
            throw new ArchiveException(archive, "cannot store original " + sha256, e);
        }
    }

    /**
     * Forces new originals and the directories that name them to disk; called before the catalog
     * commit that names them, so a committed row never points at bytes only in memory.
     */
    void sync(Collection<String> sha256s) {
        Set<Path> dirs = new LinkedHashSet<>();
        for (String sha : sha256s) {
            Path file = pathOf(sha);
            force(file);
            dirs.add(file.getParent());
        }
        dirs.forEach(this::force);
    }

    private void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new ArchiveException(archive, "cannot force " + path + " to disk", e);
        }
    }

    /** The bytes of an original, checked against its hash. */
    byte[] read(String sha256) {
        Path file = pathOf(sha256);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArchiveException(archive, "original " + sha256 + " is missing: " + file);
        } catch (IOException e) {
            throw new ArchiveException(archive, "cannot read original " + file, e);
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(sha256)) {
            throw new ArchiveException(archive, "original " + file + " is corrupt: its content hashes to " + actual
                    + ", not " + sha256);
        }
        return bytes;
    }

    void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            // An orphan original is harmless; leave it for the next ingest to reuse.
        }
    }

    /** Removes temporary files left by a killed ingest; call only while holding the write lock. */
    void sweepIncoming() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root.resolve(INCOMING), "*.tmp")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // nothing was ever written
        } catch (IOException e) {
            throw new ArchiveException(archive, "cannot clear " + root.resolve(INCOMING), e);
        }
    }
}
