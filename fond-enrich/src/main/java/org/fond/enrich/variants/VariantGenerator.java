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
        Origin origin = Origin.of(record);
        Set<String> known = new HashSet<>();
        record.labels().forEach(v -> known.add(v.value()));
        Map<String, Candidate> added = new LinkedHashMap<>();

        List<NameVariant> sources = record.labels().stream().filter(v -> !v.rejected() && !v.generated()).toList();
        for (NameVariant v : sources) {
            fromNativeScript(record.type(), v, origin).forEach(c -> add(c, known, added));
        }
        // the Latin forms the between-systems rules start from: a Russian-style Kim Ir Sen or a Hungarian
        // exonym is a form in its own right, not a Korean romanization to be respelled
        List<String> latin = new ArrayList<>();
        sources.stream().filter(v -> isLatin(v.value()) && v.kind() != VariantKind.ERROR && v.kind() != VariantKind.EXONYM
                        && (origin == Origin.RUSSIAN || !"ru-Latn".equals(v.lang())))
                .forEach(v -> latin.add(v.value()));
        // of the forms made here, only the systems people print are respelled further (no scholarly č, no ë)
        added.values().stream().filter(c -> isLatin(c.value()) && c.kind() == VariantKind.ROMANIZATION
                        && !"scholarly".equals(c.scheme()) && !c.value().contains("ë")
                        && (origin == Origin.RUSSIAN || !"ru-Latn".equals(c.lang())))
                .forEach(c -> latin.add(c.value()));
        for (String name : List.copyOf(latin)) {
            betweenLatinSystems(record.type(), name, origin).forEach(c -> add(c, known, added));
        }
        if (record.type() == EntityType.PERSON) {
            // slips are of the forms sources actually print, not of forms we made up
            sources.stream().filter(v -> (v.kind() == VariantKind.PREFERRED || v.kind() == VariantKind.ATTESTED)
                            && isLatin(v.value()))
                    .forEach(v -> {
                        NameForms.ocrSlips(v.value()).forEach(c -> add(c, known, added));
                        if (origin == Origin.KOREAN) {
                            NameForms.truncation(v.value()).forEach(c -> add(c, known, added));
                        }
                    });
        }
        if (added.isEmpty()) {
            return record;
        }
        List<NameVariant> labels = new ArrayList<>(record.labels());
        added.values().forEach(c -> labels.add(c.toVariant()));
        return record.withLabels(labels);
    }

    private static List<Candidate> fromNativeScript(EntityType type, NameVariant v, Origin origin) {
        String value = v.value();
        if (KoreanNames.isHangulName(value)) {
            // 마오쩌둥 is Chinese spelled in Hangul: romanizing it as Korean yields nothing anyone writes
            if (origin != Origin.KOREAN) {
                return List.of();
            }
            return type == EntityType.PERSON ? KoreanNames.personFromHangul(value) : KoreanNames.wordFromHangul(value);
        }
        if (ChineseNames.isHanName(value)) {
            return origin == Origin.CHINESE || origin == Origin.KOREAN
                    ? ChineseNames.personFromHanzi(value, type == EntityType.PERSON) : List.of();
        }
        if (RussianNames.isCyrillic(value)) {
            return RussianNames.fromCyrillic(value);
        }
        return List.of();
    }

    private static List<Candidate> betweenLatinSystems(EntityType type, String name, Origin origin) {
        List<Candidate> out = new ArrayList<>();
        if (type == EntityType.PERSON) {
            out.addAll(NameForms.directOrder(name, origin == Origin.RUSSIAN));
        }
        switch (origin) {
            case RUSSIAN -> {
                if (type == EntityType.PERSON) {
                    out.addAll(RussianNames.latinAlternatives(name));
                    out.addAll(NameForms.russianShortForms(name));
                }
            }
            case KOREAN -> {
                if (type == EntityType.PERSON) {
                    out.addAll(KoreanNames.liquidAlternations(name));
                    out.addAll(NameForms.givenNameWritings(name));
                }
            }
            case CHINESE, UNKNOWN -> {
                List<Candidate> chinese = ChineseNames.latinAlternatives(name);
                out.addAll(chinese);
                if (type == EntityType.PERSON && (origin == Origin.CHINESE || !chinese.isEmpty())) {
                    out.addAll(NameForms.givenNameWritings(name));
                }
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

    /**
     * Whose name it is, which decides which rules apply: the script of the record's first native-script
     * form (Korean Hanja count as Korean), else a patronymic for Russian, else unknown — never a guess
     * from one stray form (a Hangul spelling of Mao does not make him Korean).
     */
    enum Origin {
        KOREAN, CHINESE, RUSSIAN, UNKNOWN;

        static Origin of(AuthorityRecord r) {
            for (NameVariant v : r.labels()) {
                if (v.kind() != VariantKind.NATIVE_SCRIPT) {
                    continue;
                }
                String lang = v.lang() == null ? "" : v.lang();
                if (KoreanNames.isHangulName(v.value()) || (lang.startsWith("ko") && ChineseNames.isHanName(v.value()))) {
                    return KOREAN;
                }
                if (ChineseNames.isHanName(v.value())) {
                    return CHINESE;
                }
                if (RussianNames.isCyrillic(v.value())) {
                    return RUSSIAN;
                }
            }
            for (NameVariant v : r.labels()) {
                if (RussianNames.looksRussian(v.value())) {
                    return RUSSIAN;
                }
            }
            return UNKNOWN;
        }
    }
}
