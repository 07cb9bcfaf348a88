package org.fond.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.fond.core.model.Annotation;
import org.fond.core.model.Provenance;
import org.fond.core.model.Record;
import org.fond.core.model.Span;
import org.fond.core.testing.Shared;
import org.fond.ingest.Readers;
import org.junit.jupiter.api.Test;

/**
 * The streamed record JSON is, character for character, the tree {@link RecordJson#toTree} writes, and
 * its UTF-8 ({@link RecordJson#writeUtf8}) the same characters.
 */
class RecordWriterTest {

    @Test
    void writesWhatTheTreeWritesForEveryRecordOfTheCorpus() throws IOException {
        List<Record> records = new ArrayList<>();
        Readers readers = Readers.standard();
        for (String folder : List.of("corpus/frus-tei", "corpus/wcda", "seeds")) {
            try (Stream<Path> files = Files.list(Shared.path(folder))) {
                for (Path p : files.filter(f -> !f.toString().endsWith(".md")).sorted().toList()) {
                    records.addAll(readers.readAll(p).records());
                }
            }
        }
        assertThat(records).hasSizeGreaterThan(2_000);
        for (Record r : records) {
            String expected = RecordJson.writeTree(r);
            String actual = RecordJson.write(r);
            if (!actual.equals(expected)) {
                assertThat(actual).as(r.id()).isEqualTo(expected);
            }
            byte[] utf8 = RecordJson.writeUtf8(r);
            if (!Arrays.equals(utf8, expected.getBytes(StandardCharsets.UTF_8))) {
                assertThat(new String(utf8, StandardCharsets.UTF_8)).as(r.id() + " as UTF-8").isEqualTo(expected);
            }
        }
    }

    /**
     * Every kind of annotation, with each of its own components set and with them null: the streamed
     * components are the tree's, whatever kinds the corpus happens to hold.
     */
    @Test
    void writesEveryKindOfAnnotationAsTheTreeDoes() throws ReflectiveOperationException {
        Record seed = Readers.standard().readAll(Shared.seed115956()).records().get(0);
        List<Annotation> all = new ArrayList<>();
        for (Class<?> kind : Annotation.class.getPermittedSubclasses()) {
            for (boolean filled : new boolean[] {true, false}) {
                RecordComponent[] components = kind.getRecordComponents();
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    Class<?> t = types[i];
                    values[i] = t == Span.class ? new Span(0, 4)
                            : t == Set.class ? Set.of("b-flag", "a-flag")
                            : t == Provenance.class ? Provenance.of("test", "rule")
                            : t == boolean.class ? filled
                            : components[i].getName().equals("surface") ? "[x ]"
                            : filled ? components[i].getName() + " “value”" : null;
                }
                all.add((Annotation) kind.getDeclaredConstructor(types).newInstance(values));
            }
        }
        assertThat(all).hasSizeGreaterThan(20);
        Record r = seed.toBuilder().annotations(all).build();
        assertThat(RecordJson.write(r)).isEqualTo(RecordJson.writeTree(r));
    }

    /** Beyond the corpus: characters outside the BMP (a Han name of Extension B), and a broken source's half pair. */
    @Test
    void writesAstralCharactersAsTheirUtf8AndKeepsALoneSurrogateAsItsEscape() {
        Record seed = Readers.standard().readAll(Shared.seed115956()).records().get(0);
        String astral = "金\uD840\uDC0B成 “Kim” 김일성 Ким Ир Сен";
        Record r = seed.toBuilder().title(astral).summary("broken \uD840 half").build();
        String json = RecordJson.write(r);
        byte[] utf8 = RecordJson.writeUtf8(r);
        assertThat(new String(utf8, StandardCharsets.UTF_8)).contains("\"title\":\"" + astral + "\"");
        assertThat(utf8).containsSequence(0xF0, 0xA0, 0x80, 0x8B); // U+2000B, four bytes
        // encoding the string loses the half pair; the bytes keep it, as JSON reads it back
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("broken ? half");
        assertThat(RecordJson.parse(new String(utf8, StandardCharsets.UTF_8)).get("summary").asText())
                .isEqualTo("broken \uD840 half");
        Record whole = r.toBuilder().summary("whole").build();
        assertThat(RecordJson.writeUtf8(whole)).isEqualTo(RecordJson.write(whole).getBytes(StandardCharsets.UTF_8));
    }
}
