package org.fond.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fond bench stages --against OTHER --interleaved}: this build and another in one JVM, each
 * through a class loader of its own (its own Fond, Lucene, ICU…), taking turns round by round
 * (this–other, other–this, …), each stage's ratio taken within a turn pair. Turns of a few seconds
 * see the same machine: in alternating JVMs ({@link StagePairs}) a pair's two runs are a minute
 * apart, and this machine's speed moves by a third in minutes, every stage together, so four pairs
 * there gave 0.71–1.29 for one build against a copy of itself less a few lines.
 */
final class StageInterleave {
    private static final List<String> STAGES = StageTable.STAGES;
    /** The last row: the four stages' sum. */
    private static final String ALL = STAGES.get(4);

    private StageInterleave() {
    }

    /** {@code rounds} turns of each build, the first half untimed; the table of each stage's median ratio. */
    static String compare(String thisClasspath, String other, Path shared, int rounds, PrintWriter log)
            throws IOException {
        try (Build mine = new Build(thisClasspath, shared); Build theirs = new Build(other, shared)) {
            log.printf("%d records a round, %d rounds each, in one JVM%n", mine.records, rounds);
            log.flush();
            List<Map<String, Double>> mineTimed = new ArrayList<>();
            List<Map<String, Double>> theirsTimed = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                boolean mineFirst = r % 2 == 0;
                Map<String, Double> a = (mineFirst ? mine : theirs).round();
                Map<String, Double> b = (mineFirst ? theirs : mine).round();
                Map<String, Double> m = mineFirst ? a : b;
                Map<String, Double> t = mineFirst ? b : a;
                if (r >= rounds / 2) {
                    mineTimed.add(m);
                    theirsTimed.add(t);
                }
                log.printf("round %d: this build %.3f, other %.3f ms a record%n", r + 1, m.get(ALL), t.get(ALL));
                log.flush();
            }
            return StagePairs.ratioTable(mineTimed, theirsTimed, "turn pairs") + String.format(Locale.ROOT,
                    "%n%d rounds of each build in one JVM, taking turns (half timed: %d turn pairs); below 1: this "
                    + "build takes less CPU.%n", rounds, mineTimed.size());
        }
    }

    /** One build's {@link StageRounds}, loaded by a class loader that sees only that build (and the JDK). */
    private static final class Build implements AutoCloseable {
        private final URLClassLoader loader;
        private final Object rounds;
        private final Method round;
        private final long records;

        Build(String classpath, Path shared) throws IOException {
            loader = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader());
            ClassLoader before = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                Class<?> type = Class.forName(StageRounds.class.getName(), true, loader);
                rounds = type.getConstructor(Path.class).newInstance(shared);
                round = type.getMethod("round");
                records = (long) type.getMethod("records").invoke(rounds);
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                loader.close();
                throw new IllegalStateException(classpath + " has no " + StageRounds.class.getSimpleName()
                        + " (a build from before `bench stages --interleaved`): compare it without --interleaved", e);
            } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
                loader.close();
                throw new IllegalStateException("cannot start the stages of " + classpath, cause(e));
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
        }

        /** One round: each stage's CPU ms a record, and their sum, by {@link StageTable#STAGES}' names. */
        Map<String, Double> round() {
            ClassLoader before = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                long[] t = (long[]) round.invoke(rounds);
                double per = 1e6 * t[0];
                Map<String, Double> ms = new LinkedHashMap<>();
                double all = 0;
                for (int s = 0; s < 4; s++) {
                    ms.put(STAGES.get(s), t[s + 1] / per);
                    all += t[s + 1] / per;
                }
                ms.put(ALL, all);
                return ms;
            } catch (InvocationTargetException | IllegalAccessException e) {
                throw new IllegalStateException("a round of the stages failed", cause(e));
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                ((AutoCloseable) rounds).close();
            } catch (Exception e) {
                throw new IOException("cannot close a build's stages", e);
            } finally {
                loader.close();
            }
        }

        private static Throwable cause(Exception e) {
            return e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        }

        private static URL[] urls(String classpath) {
            List<URL> urls = new ArrayList<>();
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    try {
                        urls.add(Path.of(entry).toUri().toURL());
                    } catch (MalformedURLException e) {
                        throw new IllegalArgumentException("not a class path entry: " + entry, e);
                    }
                }
            }
            return urls.toArray(URL[]::new);
        }
    }
}
