package org.fond.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.fond.web.FondWeb;
import org.fond.web.WebOptions;
import picocli.CommandLine.Option;

/**
 * {@code --port}, {@code --bind} and {@code --token-file}, shared by {@code fond serve} and
 * {@code fond demo}; and serving itself, until the process is stopped (Ctrl-C) or the thread
 * is interrupted.
 */
final class ServeOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = WebOptions.LOCALHOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token that writes (POST /api/ingest) must carry; without one, writes are refused.")
    Path tokenFile;

    WebOptions options() {
        String token = null;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile).strip();
            } catch (IOException e) {
                throw new UserError("cannot read the token file " + tokenFile + ": " + e.getMessage(), Fond.USAGE);
            }
            if (token.length() < 16) {
                throw new UserError("the token in " + tokenFile + " is too short to protect anything (16 characters at least)",
                        Fond.USAGE);
            }
        }
        try {
            return new WebOptions(bind, port, token);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Fond.USAGE);
        }
    }

    /** Serves the library until interrupted or the JVM shuts down; returns the exit code. */
    int serve(Library library, PrintWriter out) {
        FondWeb web;
        try {
            web = new FondWeb(library.holdings(), options()).start();
        } catch (RuntimeException e) {
            throw new UserError("cannot listen on " + bind + ":" + port + " (" + rootMessage(e) + ")", Fond.USAGE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            web.close();
            stopped.countDown();
        }, "fond-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long warmed = web.warm().toMillis();
        out.println("Serving " + library.directory() + " on " + web.baseUrl() + "/  (warmed in " + warmed
                + " ms; Ctrl-C stops)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // interruption is the stop signal here (tests, an embedding program); the flag stays
            // cleared so that closing the index afterwards is not itself interrupted
            web.close();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        return Fond.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
