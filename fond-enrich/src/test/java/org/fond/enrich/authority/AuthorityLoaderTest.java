package org.fond.enrich.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorityLoaderTest {

    @Test
    void seedsAndAFrusPersonsListLoadStoreAndReloadUnchanged(@TempDir Path dir) throws IOException {
        AuthorityLoader.Loaded loaded = AuthorityLoader.load(null,
                List.of(Shared.path("corpus/frus-tei/frus1918Russiav03.xml.gz"), Shared.path("corpus/frus-tei/frus1927v01.xml.gz")));
        Authority a = loaded.authority();
        assertThat(loaded.imports()).extracting(r -> r.records().size()).containsExactly(88, 0);
        assertThat(a.size()).isEqualTo(SeedAuthority.records().size() + 88);
        assertThat(a.find("George V. Chicherin")).extracting(AuthorityRecord::id)
                .containsExactly("per:frus-frus1918Russiav03-p_CGV1");
        Path store = dir.resolve("authority.jsonl");
        AuthorityJson.write(a.records(), store);
        Authority back = AuthorityLoader.fromStore(store);
        assertThat(back.records()).containsExactlyInAnyOrderElementsOf(a.records());
        assertThat(back.expand("Kim Ir Sen")).isEqualTo(a.expand("Kim Ir Sen"));
    }
}
