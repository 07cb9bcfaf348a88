package org.fond.ingest.wcda;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * English language names as WCDA writes them ({@code Russian}, {@code Korean}, {@code Chinese})
 * to BCP-47 codes ({@code ru}, {@code ko}, {@code zh}). The table is ICU's own English display
 * names, not a hand list, so every language ICU knows is covered; the shortest code wins
 * ({@code ru}, not {@code rus}), as BCP-47 requires.
 */
final class LanguageNames {
    private static final Map<String, String> BY_NAME = build();

    private LanguageNames() {
    }

    /** The BCP-47 code of an English language name, case-insensitive. */
    static Optional<String> code(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /** The names in a value such as {@code Russian}, {@code Russian, Chinese} or one name a line. */
    static List<String> names(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split("[,;/\\n]|\\band\\b")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, String> build() {
        Map<String, String> byName = new HashMap<>();
        for (String code : ULocale.getISOLanguages()) {
            String name = new ULocale(code).getDisplayLanguage(ULocale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals(code)) {
                continue;
            }
            byName.merge(name, code, (a, b) -> b.length() < a.length() ? b : a);
        }
        return Map.copyOf(byName);
    }
}
