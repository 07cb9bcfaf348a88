package org.fond.enrich.mentions;

import org.fond.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MentionModelTest {

    /** Sentences of our own making: a name after "met", "told" or "with". */
    private static List<PersonModel.Example> examples() {
        String[] names = {"Anton Berg", "Clara Dahl", "Emil Frost", "Greta Holm", "Ivan Juhl", "Karl Lund"};
        String[] frames = {"The Consul met %s in the port.", "We told %s of the Treaty.", "Talks with %s ended."};
        List<PersonModel.Example> out = new ArrayList<>();
        for (String name : names) {
            for (String frame : frames) {
                String text = String.format(frame, name) + "\nThe Government replied.";
                int at = text.indexOf(name);
                out.add(new PersonModel.Example(text, List.of(new Span(at, at + name.length()))));
            }
        }
        return out;
    }

    @Test
    void aSavedModelFindsAndLinksWhatTheTrainedOneDid(@TempDir Path dir) throws Exception {
        PersonModel.Trained trained = PersonModel.train(examples(), 30);
        assertThat(trained.report().names()).isEqualTo(18);
        MentionModel model = new MentionModel(List.of(new NameDictionary.Entry("Greta Holm", "per:holm", "person")),
                Map.of("per:holm", 3), trained.model());
        Path file = dir.resolve("mentions.zip");
        model.save(file);
        MentionModel loaded = MentionModel.load(file);

        String text = "The Consul met Olaf Vik in the port. Talks with Greta Holm ended.";
        assertThat(loaded.finder().find(text, null)).isEqualTo(model.finder().find(text, null));
        assertThat(loaded.finder().names(text)).extracting(m -> m.surface() + "=" + m.entity())
                .contains("Greta Holm=per:holm");
        assertThat(loaded.person().ordinary()).contains("the").doesNotContain("greta");
    }

    @Test
    void aFileThatIsNoModelIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.zip");
        Files.writeString(file, "not a zip");
        assertThatThrownBy(() -> MentionModel.load(file)).hasMessageContaining("not a mention model");
    }
}
