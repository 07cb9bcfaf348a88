package org.fond.web;

/**
 * How the server is run: the address it binds to (localhost unless the operator says otherwise),
 * the port (0 picks a free one, for tests), the bearer token that writes must carry (with no token,
 * every write is refused), and the bytes of rendered record pages kept ({@link PageCache}; 0: none).
 */
public record WebOptions(String bind, int port, String writeToken, long pageCacheBytes) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public WebOptions(String bind, int port, String writeToken) {
        this(bind, port, writeToken, PageCache.DEFAULT_BYTES);
    }

    public WebOptions {
        bind = bind == null || bind.isBlank() ? LOCALHOST : bind;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
    }

    public static WebOptions local(int port) {
        return new WebOptions(LOCALHOST, port, null);
    }

    public WebOptions withWriteToken(String token) {
        return new WebOptions(bind, port, token, pageCacheBytes);
    }

    /** The same options keeping no rendered pages (for measuring the server without its caches). */
    public WebOptions withoutPageCache() {
        return new WebOptions(bind, port, writeToken, 0);
    }
}
