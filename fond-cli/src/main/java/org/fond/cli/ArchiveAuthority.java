package org.fond.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.fond.core.authority.NameAuthority;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.authority.AuthorityDataException;
import org.fond.enrich.authority.AuthorityJson;
import org.fond.enrich.authority.AuthorityLoader;
import org.fond.enrich.authority.SeedAuthority;

/**
 * The authority of an archive: {@code authority.jsonl} beside the catalog once {@code fond authority
 * import} (or a merge) has written one, else the seed authority that ships with Fond, so that a new
 * archive already expands the seeds' names. The file is replaced atomically: a failed write leaves the
 * previous authority as it was.
 */
final class ArchiveAuthority {
    static final String FILE = "authority.jsonl";

    private ArchiveAuthority() {
    }

    /**
     * The authority loaded on first use: reading 16,000 people takes seconds, and most commands (show,
     * stats, browse, a search that names nobody) never ask it anything.
     */
    static final class Lazy implements NameAuthority {
        private final Path archiveDir;
        private volatile Authority loaded;

        Lazy(Path archiveDir) {
            this.archiveDir = archiveDir;
        }

        Authority get() {
            Authority a = loaded;
            if (a == null) {
                synchronized (this) {
                    a = loaded;
                    if (a == null) {
                        boolean seedsOnly = !stored(archiveDir);
                        a = load(archiveDir);
                        if (seedsOnly) {
                            // Generating the seeds' variants takes ICU seconds; the archive keeps the result, so
                            // the next command reads it as a file. The library holds the archive's write lock.
                            store(archiveDir, a);
                        }
                        loaded = a;
                    }
                }
            }
            return a;
        }

        @Override
        public List<String> expand(String phrase) {
            return get().expand(phrase);
        }

        @Override
        public List<String> namesContaining(String name) {
            return get().namesContaining(name);
        }

        @Override
        public List<String> namesHoldingSyllable(String word) {
            return get().namesHoldingSyllable(word);
        }

        @Override
        public String label(String entityId) {
            return get().label(entityId);
        }
    }

    static Path file(Path archiveDir) {
        return archiveDir.resolve(FILE);
    }

    static boolean stored(Path archiveDir) {
        return Files.isRegularFile(file(archiveDir));
    }

    /** The stored authority, or the seed authority when none is stored. */
    static Authority load(Path archiveDir) {
        Path file = file(archiveDir);
        if (!Files.isRegularFile(file)) {
            return SeedAuthority.authority();
        }
        try {
            return AuthorityLoader.fromStore(file);
        } catch (AuthorityDataException e) {
            throw new UserError("the archive's authority file is damaged: " + e.getMessage()
                    + " (rebuild it with: fond authority import)", Fond.USAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole authority to a temporary file, then moves it over the old one in one step. */
    static void store(Path archiveDir, Authority authority) {
        Path file = file(archiveDir);
        Path tmp = archiveDir.resolve(FILE + ".tmp");
        try {
            AuthorityJson.write(authority.records(), tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
