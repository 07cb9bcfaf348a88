package org.fond.enrich.mentions.eval;

import org.fond.core.model.Mention;
import org.fond.core.model.Record;

import java.util.List;

/** The FRUS editors' person tags in a record, as the TEI reader gives them, with canonical ids. */
public final class Gold {
    static final String READER = "frus-tei-reader";

    private Gold() {
    }

    /** The record's gold person mentions ({@code persName} in heading and body), entity ids canonical. */
    public static List<Mention> persons(Record record) {
        return record.mentions().stream()
                .filter(m -> m.type().equals("person") && m.provenance().agent().equals(READER))
                .map(m -> new Mention(m.type(), m.span(), m.surface(), canonical(m.entity()), m.value(), m.provenance()))
                .toList();
    }

    /**
     * {@code frus:<volume>#<id>}. The reader prefixes the reading volume to the {@code corresp} value,
     * which for a pointer into another volume ({@code frus1917Supp02v01#p_BAJ1}) already names one:
     * then the named volume is the one meant.
     */
    public static String canonical(String entity) {
        if (entity == null) {
            return null;
        }
        int hash = entity.indexOf('#');
        if (entity.startsWith("frus:") && hash > 0 && entity.indexOf('#', hash + 1) > 0) {
            return "frus:" + entity.substring(hash + 1);
        }
        return entity;
    }
}
