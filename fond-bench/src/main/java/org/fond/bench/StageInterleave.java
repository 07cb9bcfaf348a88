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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    private StageInterleave() {
    }

    /** {@code rounds} turns of each build, the first half untimed; the table of each stage's median ratio. */
    static String compare(String thisClasspath, String other, Path shared, int rounds, PrintWriter log)
            throws IOException {
        try (Build mine = new Build(thisClasspath, shared); Build theirs = new Build(other, shared)) {
            log.printf("%d records a round, %d rounds each, in one JVM%n", mine.records, rounds);
            log.flush();
            List<double[]> mineTimed = new ArrayList<>();
            List<double[]> theirsTimed = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                boolean mineFirst = r % 2 == 0;
                double[] a = (mineFirst ? mine : theirs).round();
                double[] b = (mineFirst ? theirs : mine).round();
                double[] m = mineFirst ? a : b;
                double[] t = mineFirst ? b : a;
                if (r >= rounds / 2) {
                    mineTimed.add(m);
                    theirsTimed.add(t);
                }
                log.printf("round %d: this build %.3f, other %.3f ms a record%n", r + 1, m[4], t[4]);
                log.flush();
            }
            return table(mineTimed, theirsTimed, rounds);
        }
    }

    static String table(List<double[]> mine, List<double[]> theirs, int rounds) {
        StringBuilder out = new StringBuilder();
        out.append("| stage | this build ms | other ms | this ÷ other (median of turn pairs) | min | max |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        int n = mine.size();
        for (int s = 0; s < STAGES.size(); s++) {
            double[] ratios = new double[n];
            double[] a = new double[n];
            double[] b = new double[n];
            for (int p = 0; p < n; p++) {
                a[p] = mine.get(p)[s];
                b[p] = theirs.get(p)[s];
                ratios[p] = a[p] / b[p];
            }
            Arrays.sort(ratios);
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", STAGES.get(s),
                    median(a), median(b), median(ratios), ratios[0], ratios[n - 1]));
        }
        out.append(String.format(Locale.ROOT, "%n%d rounds of each build in one JVM, taking turns (half timed: %d "
                + "turn pairs); below 1: this build takes less CPU.%n", rounds, n));
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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

        /** One round: each stage's CPU ms a record, then their sum. */
        double[] round() {
            ClassLoader before = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                long[] t = (long[]) round.invoke(rounds);
                double per = 1e6 * t[0];
                double[] ms = {t[1] / per, t[2] / per, t[3] / per, t[4] / per, 0};
                ms[4] = ms[0] + ms[1] + ms[2] + ms[3];
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
