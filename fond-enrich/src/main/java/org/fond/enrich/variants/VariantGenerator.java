package org.fond.enrich.variants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.VariantKind;

/**
 * Adds the machine-made name forms to an authority record (MODEL.md §5.10). It works forward from what
 * the record knows — native script to romanizations first, then between Latin systems, then slips of
 * the seen forms — and only in the record's own context: Korean rules for a record with a Korean form,
 * Chinese for a Chinese one, Russian for a Cyrillic form or a patronymic. Every form it adds is marked
 * {@code generated}; a form a reviewer rejected is never made again.
 */
public final class VariantGenerator {

    /** The record with its generated forms appended after the forms it had. Idempotent. */
    public AuthorityRecord generate(AuthorityRecord record) {
        Context ctx = Context.of(record);
        Set<String> known = new HashSet<>();
        record.labels().forEach(v -> known.add(v.value()));
        Map<String, Candidate> added = new LinkedHashMap<>();

        List<NameVariant> sources = record.labels().stream().filter(v -> !v.rejected() && !v.generated()).toList();
        for (NameVariant v : sources) {
            fromNativeScript(record.type(), v.value(), ctx).forEach(c -> add(c, known, added));
        }
        List<String> latin = new ArrayList<>();
        sources.stream().filter(v -> v.kind() != VariantKind.ERROR && isLatin(v.value()))
                .forEach(v -> latin.add(v.value()));
        added.values().stream().filter(c -> isLatin(c.value())).forEach(c -> latin.add(c.value()));
        for (String name : List.copyOf(latin)) {
            betweenLatinSystems(record.type(), name, ctx).forEach(c -> add(c, known, added));
        }
        if (record.type() == EntityType.PERSON) {
            // slips are of the forms sources actually print, not of forms we made up
            sources.stream().filter(v -> v.kind() != VariantKind.ERROR && isLatin(v.value()))
                    .forEach(v -> NameForms.ocrSlips(v.value()).forEach(c -> add(c, known, added)));
        }
        if (added.isEmpty()) {
            return record;
        }
        List<NameVariant> labels = new ArrayList<>(record.labels());
        added.values().forEach(c -> labels.add(c.toVariant()));
        return record.withLabels(labels);
    }

    private static List<Candidate> fromNativeScript(EntityType type, String value, Context ctx) {
        if (KoreanNames.isHangulName(value)) {
            return type == EntityType.PERSON ? KoreanNames.personFromHangul(value) : KoreanNames.wordFromHangul(value);
        }
        if (ChineseNames.isHanName(value)) {
            return ChineseNames.personFromHanzi(value, type == EntityType.PERSON);
        }
        if (RussianNames.isCyrillic(value)) {
            return RussianNames.fromCyrillic(value);
        }
        return List.of();
    }

    private static List<Candidate> betweenLatinSystems(EntityType type, String name, Context ctx) {
        List<Candidate> out = new ArrayList<>();
        if (type == EntityType.PERSON) {
            out.addAll(NameForms.directOrder(name, ctx.russian()));
        }
        if (ctx.russian() && type == EntityType.PERSON) {
            out.addAll(RussianNames.latinAlternatives(name));
        }
        if (ctx.korean() && type == EntityType.PERSON) {
            out.addAll(KoreanNames.liquidAlternations(name));
            out.addAll(NameForms.givenNameWritings(name));
        }
        if (ctx.chinese() || ctx.unknownOrigin()) {
            List<Candidate> chinese = ChineseNames.latinAlternatives(name);
            out.addAll(chinese);
            if (type == EntityType.PERSON && (ctx.chinese() || !chinese.isEmpty())) {
                out.addAll(NameForms.givenNameWritings(name));
            }
        }
        return out;
    }

    private static void add(Candidate c, Set<String> known, Map<String, Candidate> added) {
        if (c.value().isBlank() || known.contains(c.value()) || added.containsKey(c.value())) {
            return;
        }
        added.put(c.value(), c);
    }

    static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** Which rules fit the record: decided from its forms, never from a guess about one form alone. */
    record Context(boolean korean, boolean chinese, boolean russian) {
        static Context of(AuthorityRecord r) {
            boolean ko = false;
            boolean zh = false;
            boolean ru = false;
            for (NameVariant v : r.labels()) {
                String lang = v.lang() == null ? "" : v.lang();
                ko |= lang.startsWith("ko") || KoreanNames.isHangulName(v.value());
                ru |= lang.startsWith("ru") || RussianNames.isCyrillic(v.value()) || RussianNames.looksRussian(v.value());
                zh |= lang.startsWith("zh") || (!ko && ChineseNames.isHanName(v.value()));
            }
            return new Context(ko, zh, ru);
        }

        /** No form tells the origin (an imported Latin-only name): only the shape-checked Chinese rules may apply. */
        boolean unknownOrigin() {
            return !korean && !chinese && !russian;
        }
    }
}
