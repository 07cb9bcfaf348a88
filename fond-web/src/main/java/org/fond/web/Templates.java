package org.fond.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page templates (Pebble, in {@code fond-web/templates}). Auto-escaping is on for every
 * template: a value is HTML-escaped unless the template marks it {@code raw}, which only the
 * record body does, and that body is built node by node with jsoup (see {@link ReadingView}).
 */
final class Templates {
    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("fond-web/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .newLineTrimming(true).build();
    }

    String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
