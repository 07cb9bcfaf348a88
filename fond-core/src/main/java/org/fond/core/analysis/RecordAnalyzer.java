package org.fond.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fond.core.apparatus.ApparatusParser;
import org.fond.core.date.DateExpression;
import org.fond.core.date.DateParser;
import org.fond.core.model.Annotation;
import org.fond.core.model.Contributor;
import org.fond.core.model.Mention;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.core.model.Text;
import org.fond.core.model.Unit;
import org.fond.core.reference.ArchivalReference;
import org.fond.core.reference.ReferenceParser;
import org.fond.core.structure.StructureAnalyzer;
import org.fond.core.text.Block;
import org.fond.core.text.NormalisedText;

/**
 * Derives everything Fond knows about a record from its header and body. Deterministic: the same
 * input always gives the same record, which is what lets the catalog re-derive any record from the
 * original file it keeps.
 */
public final class RecordAnalyzer {
    private static final Provenance STRUCTURE = Provenance.of("structure", "formal-elements");
    private static final Provenance BODY_REFERENCE = Provenance.of("reference-grammar", "body-line");

    private RecordAnalyzer() {
    }

    /**
     * Analyses {@code body} and returns {@code header} completed with the text and what was derived
     * from it. References already on {@code header} (from the citation) are kept first; a body line
     * that is only a reference becomes an editorial source note and flags the citation's reference
     * {@code duplicated-in-body} when they match.
     */
    public static Record analyze(Record header, NormalisedText body) {
        Text text = body.text();
        String plain = text.plain();
        List<Annotation> annotations = new ArrayList<>(body.pageBreaks());
        annotations.addAll(ApparatusParser.parse(plain));

        List<ArchivalReference> references = new ArrayList<>(header.references());
        List<Mention> mentions = new ArrayList<>();
        for (Block block : body.blocks()) {
            if (block.kind() == Block.Kind.SEPARATOR) {
                continue;
            }
            String blockText = block.span().of(plain);
            Provenance provenance = BODY_REFERENCE.atLine(block.line());
            for (ReferenceParser.Found found : ReferenceParser.find(blockText, "body", provenance)) {
                Span span = new Span(block.span().start() + found.start(), block.span().start() + found.end());
                ArchivalReference reference = found.reference();
                mentions.add(new Mention("reference", span, span.of(plain), null, reference.canonical(), provenance));
                boolean wholeLine = blockText.strip().equals(span.of(plain).strip());
                if (wholeLine) {
                    annotations.add(new Annotation.EditorialSourceNote(span, span.of(plain), Set.of(), provenance));
                }
                int same = indexOfSameFile(references, reference);
                if (same >= 0 && wholeLine) {
                    references.set(same, references.get(same).withFlag("duplicated-in-body"));
                } else if (same < 0) {
                    references.add(reference);
                }
            }
        }
        annotations.sort(Comparator.comparing(Annotation::span));

        String anchor = header.date() == null ? null : header.date().edtf();
        List<DateExpression> dates = DateParser.extract(plain, anchor);
        for (DateExpression date : dates) {
            mentions.add(new Mention("date", date.span(), date.surface(), null, date.edtf(), date.provenance()));
        }
        mentions.sort(Comparator.comparing(Mention::span));

        List<Unit> units = StructureAnalyzer.analyze(text, body.blocks(), annotations);
        return header.toBuilder()
                .text(text)
                .annotations(annotations)
                .units(units)
                .contributors(contributors(header.contributors(), units))
                .references(references)
                .dates(dates)
                .mentions(mentions)
                .build();
    }

    /**
     * The header's contributors, then the signatories and addressees the structure found, each once,
     * in document order. Routing notes in handwriting are not addressees of the document.
     */
    /** The unit attributes that name contributors, and the role each gives. */
    private static final List<Map.Entry<String, String>> CONTRIBUTOR_ROLES = List.of(Map.entry("signatories", "signatory"),
            Map.entry("addressees", "addressee"));

    private static List<Contributor> contributors(List<Contributor> fromHeader, List<Unit> units) {
        List<Contributor> all = new ArrayList<>(fromHeader);
        Set<String> seen = new HashSet<>();
        fromHeader.forEach(c -> seen.add(c.role() + "|" + c.name()));
        for (Unit u : Unit.depthFirst(units)) {
            for (var role : CONTRIBUTOR_ROLES) {
                for (String name : u.attributes().getOrDefault(role.getKey(), List.of())) {
                    if (seen.add(role.getValue() + "|" + name)) {
                        all.add(new Contributor(name, role.getValue(), STRUCTURE.atLine(u.provenance() == null
                                ? 0 : u.provenance().sourceLine())));
                    }
                }
            }
        }
        return all;
    }

    private static int indexOfSameFile(List<ArchivalReference> references, ArchivalReference candidate) {
        for (int i = 0; i < references.size(); i++) {
            ArchivalReference r = references.get(i);
            if (r.fileKey() != null && r.fileKey().equals(candidate.fileKey())) {
                return i;
            }
        }
        return -1;
    }
}
