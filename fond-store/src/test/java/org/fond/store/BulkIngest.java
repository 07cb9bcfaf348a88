package org.fond.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A large batch of distinct small originals, one record each, the same every time it is built.
 * Run as a main class, it is the child process the kill test kills: it reports its progress on
 * stdout and waits for a line on stdin before committing, so the test knows that a kill before
 * that line lands in the middle of the batch.
 */
final class BulkIngest {
    private BulkIngest() {
    }

    static String id(int i) {
        return String.format("bulk-%05d", i);
    }

    static void addAll(Batch batch, int count, Runnable afterEach) {
        for (int i = 0; i < count; i++) {
            String text = "Bulk original number " + i + ", distinct bytes for a distinct hash.\n".repeat(1 + i % 7);
            batch.add(new Original("bulk/" + id(i) + ".txt", text.getBytes(StandardCharsets.UTF_8), "plain-text"),
                    List.of(Fixtures.entry(id(i), "Bulk " + i, i % 2 == 0 ? "AVPRF" : "RGANI")));
            afterEach.run();
        }
    }

    /** {@code BulkIngest ARCHIVE COUNT}: ingests COUNT bulk records, committing when stdin says so. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Archive archive = Archive.open(dir); Batch batch = archive.begin()) {
            int[] added = {0};
            addAll(batch, count, () -> {
                added[0]++;
                if (added[0] == 1) {
                    say("started");
                } else if (added[0] % 100 == 0) {
                    say("added " + added[0]);
                }
            });
            say("ready");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            say("committing");
            batch.commit();
            say("committed");
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
