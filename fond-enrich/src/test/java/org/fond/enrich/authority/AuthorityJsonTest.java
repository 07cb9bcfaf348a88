package org.fond.enrich.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fond.core.authority.AuthorityRecord;
import org.fond.enrich.variants.VariantGenerator;
import org.junit.jupiter.api.Test;

class AuthorityJsonTest {

    @Test
    void jsonLinesRoundTripIsLosslessAndDeterministic() throws IOException {
        VariantGenerator g = new VariantGenerator();
        List<AuthorityRecord> records = SeedAuthority.records().stream().map(g::generate).toList();
        String once = AuthorityJson.toJsonLines(records);
        List<AuthorityRecord> shuffled = new ArrayList<>(records);
        Collections.reverse(shuffled);
        assertThat(AuthorityJson.toJsonLines(shuffled)).isEqualTo(once);
        List<AuthorityRecord> back = AuthorityJson.read(new StringReader(once), "authority.jsonl");
        assertThat(back).containsExactlyInAnyOrderElementsOf(records);
        assertThat(AuthorityJson.toJsonLines(back)).isEqualTo(once);
        assertThat(once.lines().count()).isEqualTo(records.size());
    }

    @Test
    void aFileRoundTripReadsBackWhatWasWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        List<AuthorityRecord> records = SeedAuthority.records();
        java.nio.file.Path file = dir.resolve("authority.jsonl");
        AuthorityJson.write(records, file);
        assertThat(AuthorityJson.read(file)).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void aBadValueNamesTheFileLineAndField() {
        String bad = "{\"id\":\"per:x\",\"type\":\"PERSON\",\"labels\":[{\"value\":\"X\",\"kind\":\"NICKNAME\"}]}";
        assertThatThrownBy(() -> AuthorityJson.read(new StringReader("\n" + bad), "authority.jsonl"))
                .isInstanceOf(AuthorityDataException.class)
                .hasMessageContaining("authority.jsonl:2").hasMessageContaining("labels[0].kind");
    }

    @Test
    void anUnknownFieldIsAnErrorNotASilentDrop() {
        String bad = "{\"id\":\"per:x\",\"type\":\"PERSON\",\"nickname\":\"X\"}";
        assertThatThrownBy(() -> AuthorityJson.read(new StringReader(bad), "a.jsonl"))
                .hasMessageContaining("a.jsonl:1").hasMessageContaining("nickname");
    }

    @Test
    void aSeedFileFaultNamesTheFileAndTheField() {
        String mismatched = "[{\"id\":\"org:x\",\"type\":\"PERSON\",\"labels\":[{\"value\":\"X\",\"kind\":\"PREFERRED\"}]}]";
        assertThatThrownBy(() -> SeedAuthority.parse(mismatched.getBytes(StandardCharsets.UTF_8), "seeds.json"))
                .hasMessageContaining("seeds.json").hasMessageContaining("org:x");
        String dangling = "[{\"id\":\"per:x\",\"type\":\"PERSON\",\"labels\":[{\"value\":\"X\",\"kind\":\"PREFERRED\"}],"
                + "\"notSameAs\":[\"per:nobody\"]}]";
        assertThatThrownBy(() -> SeedAuthority.parse(dangling.getBytes(StandardCharsets.UTF_8), "seeds.json"))
                .hasMessageContaining("seeds.json [0] per:x field notSameAs: unknown id per:nobody");
    }
}
