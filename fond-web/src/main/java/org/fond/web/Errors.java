package org.fond.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.fond.store.json.RecordJson;

/**
 * Every error as an RFC 9457 problem: JSON ({@code application/problem+json}) under {@code /api},
 * an error page elsewhere. Internal failures say only that something went wrong, never a stack trace.
 */
final class Errors {
    private static final String WRITTEN = "fond.problem-written";
    private final Templates templates;

    Errors(Templates templates) {
        this.templates = templates;
    }

    void install(Javalin app) {
        app.exception(Problem.class, (e, ctx) -> respond(ctx, e));
        app.exception(Exception.class, (e, ctx) -> {
            // like the CLI: internals only when asked for, never in the answer
            if (System.getenv("FOND_DEBUG") != null) {
                e.printStackTrace();
            }
            respond(ctx, new Problem(500, "/problems/internal", "Internal error",
                    "the server could not answer this request"));
        });
        app.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                respond(ctx, Problem.notFound("nothing at " + ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                respond(ctx, new Problem(405, "/problems/method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path()));
            }
        });
    }

    void respond(Context ctx, Problem p) {
        ctx.attribute(WRITTEN, true);
        ctx.status(p.status());
        if (FondWeb.isApi(ctx)) {
            ctx.contentType(Problem.MEDIA_TYPE).result(RecordJson.pretty(p.toJson(ctx.path())));
        } else {
            Pages.html(ctx, templates.render("error", Map.of("problem", p, "title", p.title())));
        }
    }
}
