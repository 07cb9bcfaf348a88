package org.fond.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The archive's single-writer lock: an OS lock on {@code archive.lock}. The operating system drops
 * it when the holder dies, so a killed ingest never leaves a stale lock behind (unlike a lock
 * file whose mere presence would mean "locked").
 */
final class WriteLock implements AutoCloseable {
    static final String FILE_NAME = "archive.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock now or says who holds it; never waits, so a second writer fails fast and clearly. */
    static WriteLock acquire(Path archive) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(archive.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new ArchiveException(archive, "archive is locked by another fond process (an ingest is running); "
                        + "try again when it has finished");
            }
            return new WriteLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ArchiveException(archive, "archive is locked by another writer in this process "
                    + "(a batch is already open)");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ArchiveException(archive, "cannot take the write lock " + FILE_NAME, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to release: the lock was never taken
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock as well
        } finally {
            closeQuietly(channel);
        }
    }
}
