package org.fond.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Refuses every write (any method but GET, HEAD and OPTIONS) under {@code /api} unless the operator
 * configured a bearer token and the request carries it. With no token configured, writes are
 * disabled outright (403), so a server started without thought cannot be written to.
 */
final class WriteGuard implements Handler {
    private final byte[] token;

    WriteGuard(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        if (token == null) {
            throw new Problem(403, "/problems/writes-disabled", "Writes are disabled",
                    "this server was started without a write token (fond serve --token-file FILE), so it refuses writes");
        }
        String authorization = ctx.header("Authorization");
        String offered = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        // constant-time comparison: the token must not leak through response timing
        if (offered == null || !MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"fond\"");
            throw new Problem(401, "/problems/unauthorized", "Unauthorized",
                    "writes need the operator's bearer token in the Authorization header");
        }
    }
}
