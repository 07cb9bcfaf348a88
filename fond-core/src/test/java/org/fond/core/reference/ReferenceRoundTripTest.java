package org.fond.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fond.core.reference.Lossless.assertAccountsForEveryCharacter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fond.core.model.Provenance;

/**
 * Any Russian-family reference, written in any keyword style the grammar knows, parses to the
 * levels and folios it was made from; so does its canonical form.
 */
class ReferenceRoundTripTest {
    private static final Provenance TEST = Provenance.of("test", "round-trip");

    /** Keyword styles: fond, opis, papka, delo, one folio, several folios. */
    enum Style {
        LATIN("F.", "Op.", "P.", "D.", "L.", "Ll."),
        LATIN_LOWER("f.", "op.", "p.", "d.", "l.", "ll."),
        LATIN_WORDS("Fond", "Opis", "Papka", "Delo", "List", "Listy"),
        CYRILLIC("Ф.", "Оп.", "П.", "Д.", "Л.", "Лл."),
        CYRILLIC_LOWER("ф.", "оп.", "п.", "д.", "л.", "лл.");

        final String fond, opis, papka, delo, folio, folios;

        Style(String fond, String opis, String papka, String delo, String folio, String folios) {
            this.fond = fond;
            this.opis = opis;
            this.papka = papka;
            this.delo = delo;
            this.folio = folio;
            this.folios = folios;
        }
    }

    record Piece(FolioRange range, String text) {
    }

    record Generated(String text, String repositoryCode, Map<String, String> levels, List<FolioRange> folios) {
    }

    @Property(tries = 500)
    void generatedReferenceParsesToItsLevels(@ForAll("references") Generated generated) {
        var ref = ReferenceParser.parse(generated.text(), "citation", TEST).orElseThrow();
        assertThat(ref.raw()).isEqualTo(generated.text());
        assertThat(ref.repository().code()).isEqualTo(generated.repositoryCode());
        assertThat(ref.scheme().levels()).containsExactlyEntriesOf(generated.levels());
        assertThat(ref.scheme().folios()).containsExactlyElementsOf(generated.folios());
        assertThat(ref.trailer()).isEmpty();
        assertAccountsForEveryCharacter(ref);
    }

    @Property(tries = 500)
    void canonicalFormParsesBackToTheSameLevels(@ForAll("references") Generated generated) {
        var ref = ReferenceParser.parse(generated.text(), "citation", TEST).orElseThrow();
        var again = ReferenceParser.parse(ref.canonical(), "citation", TEST).orElseThrow();
        assertThat(again.scheme().levels()).containsExactlyEntriesOf(generated.levels());
        assertThat(again.scheme().folios()).containsExactlyElementsOf(generated.folios());
        assertThat(again.fileKey()).isEqualTo(ref.fileKey());
        assertThat(again.canonical()).isEqualTo(ref.canonical());
        assertAccountsForEveryCharacter(again);
    }

    @Provide
    Arbitrary<Generated> references() {
        var repositories = Arbitraries.of(RepositoryRegistry.all().stream()
                .filter(r -> r.schemeId().equals(RepositoryRegistry.RUSSIAN))
                .flatMap(r -> r.variants().stream().filter(v -> v.length() < 12).map(v -> List.of(r.code(), v)))
                .toList());
        var fonds = Combinators.combine(Arbitraries.of("", "", "R-", "Р-", "R"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)).as(String::concat);
        var numbers = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4);
        var folioLists = piece().list().ofMaxSize(3);
        return Combinators.combine(repositories, Arbitraries.of(Style.values()),
                        Arbitraries.of(", ", ". ", " ", "; ", ": "), fonds, numbers, numbers.injectNull(0.5), numbers,
                        Combinators.combine(folioLists, Arbitraries.of(", ", "; ", ",")).as(FolioText::new))
                .as(ReferenceRoundTripTest::render);
    }

    record FolioText(List<Piece> pieces, String between) {
    }

    private static Generated render(List<String> repository, Style style, String sep, String fond, String opis,
                                    String papka, String delo, FolioText folios) {
        var levels = new LinkedHashMap<String, String>();
        StringBuilder text = new StringBuilder(repository.get(1));
        text.append(sep).append(style.fond).append(' ').append(fond);
        levels.put("fond", fond);
        text.append(sep).append(style.opis).append(' ').append(opis);
        levels.put("opis", opis);
        if (papka != null) {
            text.append(sep).append(style.papka).append(' ').append(papka);
            levels.put("papka", papka);
        }
        text.append(sep).append(style.delo).append(' ').append(delo);
        levels.put("delo", delo);
        List<FolioRange> ranges = new ArrayList<>();
        if (!folios.pieces().isEmpty()) {
            boolean one = folios.pieces().size() == 1 && folios.pieces().getFirst().range().from()
                    .equals(folios.pieces().getFirst().range().to());
            text.append(sep).append(one ? style.folio : style.folios).append(' ')
                    .append(folios.pieces().stream().map(Piece::text).collect(Collectors.joining(folios.between())));
            folios.pieces().forEach(p -> ranges.add(p.range()));
        }
        return new Generated(text.toString(), repository.get(0), levels, ranges);
    }

    private static Arbitrary<Piece> piece() {
        return Combinators.combine(Arbitraries.integers().between(1, 900), Arbitraries.integers().between(0, 40),
                Arbitraries.of(false, false, true), Arbitraries.of(false, false, true),
                Arbitraries.of("-", "–", "—", " - "), Arbitraries.of("ob.", "об.", "v", " ob.", " об."))
                .as((from, length, fromVerso, toVerso, dash, verso) -> {
                    String fromText = from + (fromVerso ? verso : "");
                    if (length == 0) {
                        return new Piece(FolioRange.single(String.valueOf(from), fromVerso), fromText);
                    }
                    int to = from + length;
                    return new Piece(new FolioRange(String.valueOf(from), fromVerso, String.valueOf(to), toVerso),
                            fromText + dash + to + (toVerso ? verso : ""));
                });
    }
}
