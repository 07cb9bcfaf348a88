package org.fond.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fond.core.testing.Shared;
import org.fond.store.json.RecordJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code fond ingest} in a child JVM while it works, then checks that the archive is
 * whole: every batch is in or out entirely, the index agrees with the catalog, and a rerun of the
 * same command completes the ingest without duplicates.
 */
class KilledIngestTest {
    private static final int FILES = 600;
    private static final int BATCH = 50;

    @TempDir
    Path tmp;

    @Test
    void anIngestKilledMidBatchLeavesWholeBatchesAndARerunCompletesIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = Shared.read(Shared.seed115956());
        for (int i = 0; i < FILES; i++) {
            // distinct records: same document under another record id, as a mirror export would be
            Files.writeString(in.resolve("r" + i + ".txt"), seed.replace("/document/115956", "/document/" + (900000 + i)));
        }
        Path archive = tmp.resolve("archive");
        for (long delayMs : List.of(1500L, 2500L)) {
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    Fond.class.getName(), "ingest", in.toString(), "--archive", archive.toString(),
                    "--batch-size", String.valueOf(BATCH))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
            Thread.sleep(delayMs);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            if (!Files.exists(archive.resolve("catalog.sqlite"))) {
                continue; // killed before the archive was created: nothing to check yet
            }
            JsonNode stats = stats(archive);
            long records = stats.path("records").asLong();
            assertThat(records % BATCH == 0 || records == FILES).as("whole batches only, got " + records).isTrue();
            assertThat(stats.path("indexDocuments").asLong()).isEqualTo(records);
            assertThat(stats.path("consistent").asBoolean()).isTrue();
        }

        CliRun rerun = CliRun.fond(archive, "ingest", in.toString(), "--batch-size", String.valueOf(BATCH));
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        JsonNode done = stats(archive);
        assertThat(done.path("records").asLong()).isEqualTo(FILES);
        assertThat(done.path("indexDocuments").asLong()).isEqualTo(FILES);
        assertThat(done.path("originals").asLong()).isEqualTo(FILES);
    }

    private static JsonNode stats(Path archive) {
        CliRun run = CliRun.fond(archive, "stats", "--format", "json");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return RecordJson.parse(run.out());
    }

    private static String javaBinary() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
