package org.fond.core.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The authority list of repositories (MODEL.md §2.2), kept as data in code so the grammar needs no
 * file to start. A new archive is one more entry; a new citation family is one more scheme id
 * and one more grammar, never a new path through the parser.
 */
public final class RepositoryRegistry {
    static final String RUSSIAN = "ru-fopdl";
    static final String UNSTRUCTURED = "unstructured";
    static final String NAA = "au-naa";
    static final String DECIMAL = "us-decimal";

    private static final List<KnownRepository> ENTRIES = List.of(
            ru("AVPRF", "Archive of Foreign Policy of the Russian Federation",
                    "AVPRF", "AVP RF", "АВП РФ", "АВПРФ", "Archive of Foreign Policy of the Russian Federation"),
            ru("RGANI", "Russian State Archive of Contemporary History", "RGANI", "РГАНИ"),
            ru("RGASPI", "Russian State Archive of Socio-Political History", "RGASPI", "РГАСПИ"),
            ru("GARF", "State Archive of the Russian Federation", "GARF", "GA RF", "SA RF", "ГАРФ", "ГА РФ"),
            ru("APRF", "Archive of the President of the Russian Federation", "APRF", "AP RF", "АПРФ", "АП РФ"),
            ru("RGAE", "Russian State Archive of the Economy", "RGAE", "РГАЭ"),
            ru("RGVA", "Russian State Military Archive", "RGVA", "РГВА"),
            ru("TsAMO", "Central Archive of the Ministry of Defence of the Russian Federation",
                    "TsAMO RF", "TsAMO", "ЦАМО РФ", "ЦАМО"),
            ru("TsA-FSB", "Central Archive of the Federal Security Service of the Russian Federation",
                    "TsA FSB RF", "TsA FSB", "TsA-FSB", "CSA FSB RF", "ЦА ФСБ РФ", "ЦА ФСБ России"),
            // "CIA KGB RB" is how a machine translation renders ЦА КГБ РБ; it is cited so
            ru("KGB-RB", "Central Archive of the KGB of the Republic of Belarus",
                    "CA KGB RB", "TsA KGB RB", "KGB-RB", "CIA KGB RB", "ЦА КГБ РБ"),
            other("SAPMO-BArch", "Foundation Archives of GDR Parties and Mass Organizations in the Federal Archives",
                    "SAPMO-BArch", "SAPMO-BA", "SAPMO"),
            other("BArch", "German Federal Archives", "BArch", "Bundesarchiv"),
            other("PA-AA", "Political Archive of the Federal Foreign Office", "PA AA", "PolA AA"),
            other("MNL-OL", "Hungarian National Archives", "MNL OL", "MOL"),
            other("PRC-FMA", "Foreign Ministry Archive of the People's Republic of China",
                    "PRC FMA", "PRC MFA", "Chinese Foreign Ministry Archive", "外交部档案馆"),
            other("JP-MOFA", "Diplomatic Archives of the Ministry of Foreign Affairs of Japan",
                    "Diplomatic Archives of the Ministry of Foreign Affairs of Japan", "外務省外交史料館"),
            other("NMML", "Nehru Memorial Museum and Library", "Nehru Memorial Museum and Library", "NMML"),
            new KnownRepository("NARA", "National Archives and Records Administration (United States)",
                    List.of("NARA", "National Archives and Records Administration",
                            "Department of State, Central Files", "Department of State Central Files"), DECIMAL),
            // "AA" is how DAFP cites the NAA under its 1975–98 name, Australian Archives
            new KnownRepository("NAA", "National Archives of Australia",
                    List.of("National Archives of Australia", "Australian Archives", "NAA", "AA"), NAA),
            // DAFP's "FA": files then still held by the Department of Foreign Affairs, cited by NAA series
            new KnownRepository("DFAT", "Department of Foreign Affairs and Trade (Australia)",
                    List.of("DFAT", "FA"), NAA),
            // DAFP cites Cabinet minutes held by the Prime Minister's department and Defence's collections
            new KnownRepository("PMC", "Department of the Prime Minister and Cabinet (Australia)",
                    List.of("PM &C", "PM&C", "PM & C", "PMC"), NAA),
            new KnownRepository("DEFENCE", "Department of Defence (Australia)", List.of("DEFENCE"), NAA));

    // a structured canonical form cites the code, so those codes are variants too and parse back
    /** Every variant of every entry, longest first, so {@code SAPMO-BArch} wins over {@code SAPMO}. */
    private static final List<Variant> VARIANTS = ENTRIES.stream()
            .flatMap(e -> e.variants().stream().map(v -> new Variant(v, e)))
            .sorted(Comparator.comparingInt((Variant v) -> v.form().length()).reversed())
            .toList();

    /** {@link #VARIANTS} by first character, in order, so a word is compared only with the forms it can be. */
    private static final ByFirstChar<Variant> VARIANTS_BY_FIRST_CHAR = new ByFirstChar<>(VARIANTS, v -> v.form().charAt(0));

    private RepositoryRegistry() {
    }

    public static List<KnownRepository> all() {
        return ENTRIES;
    }

    public static Optional<KnownRepository> byCode(String code) {
        return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /**
     * The repository cited at {@code at} in {@code text}, if one starts there as a whole word.
     * Codes are matched case-sensitively: {@code GARF} is an archive, {@code Garf} is not.
     */
    /** False when no repository's form begins with {@code c}. */
    static boolean mayBegin(char c) {
        return !VARIANTS_BY_FIRST_CHAR.get(c).isEmpty();
    }

    static Optional<Match> matchAt(String text, int at) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return Optional.empty();
        }
        if (at >= text.length()) {
            return Optional.empty();
        }
        // only the variants that begin with this character, in the same order (longest first)
        List<Variant> candidates = VARIANTS_BY_FIRST_CHAR.get(text.charAt(at));
        for (int i = 0; i < candidates.size(); i++) {
            Variant v = candidates.get(i);
            int end = at + v.form().length();
            if (text.startsWith(v.form(), at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Optional.of(new Match(v.entry(), new Repository(v.entry().code(), v.form()), at, end));
            }
        }
        return Optional.empty();
    }

    private static KnownRepository ru(String code, String name, String... variants) {
        return new KnownRepository(code, name, List.of(variants), RUSSIAN);
    }

    private static KnownRepository other(String code, String name, String... variants) {
        return new KnownRepository(code, name, List.of(variants), UNSTRUCTURED);
    }

    private record Variant(String form, KnownRepository entry) {
    }

    /** A repository cited at {@code [start, end)}. */
    record Match(KnownRepository entry, Repository repository, int start, int end) {
    }
}
