package org.fond.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on a terminal; silent when output is not a terminal (pipes, CI logs),
 * where a summary at the end says everything.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress forTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null && System.getenv("FOND_NO_PROGRESS") == null);
    }

    void update(long done, long total, String current) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        // an unknown total (streaming ingest) shows a moving marker instead of a filled bar
        int filled = total <= 0 ? (int) (done % (width + 1)) : (int) Math.min(width, width * done / total);
        String name = current == null ? "" : current;
        if (name.length() > 40) {
            name = "…" + name.substring(name.length() - 39);
        }
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + (total > 0 ? "/" + total : "") + " " + name
                + "\u001b[K");
        err.flush();
    }

    void done() {
        if (enabled) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
