package org.fond.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OriginalTest {

    @Test
    void keepsTheBytesAsHandedInWhenTheCallerChangesItsArray() {
        byte[] bytes = "Kim Il Sung".getBytes(StandardCharsets.UTF_8);
        Original original = new Original("seeds/a.txt", bytes, "wcda-export");
        String sha = original.sha256();
        bytes[0] = 'X';
        assertThat(original.sha256()).isEqualTo(sha);
        assertThat(new String(original.bytes(), StandardCharsets.UTF_8)).isEqualTo("Kim Il Sung");
        original.bytes()[0] = 'Y'; // a copy is handed out
        assertThat(original.sha256()).isEqualTo(sha);
    }

    @Test
    void anOriginalOverUnchangingBytesIsTheSameOriginal() {
        byte[] bytes = "Ким Ир Сен".getBytes(StandardCharsets.UTF_8);
        Original copied = new Original("seeds/b.txt", bytes, "wcda-export");
        Original shared = Original.ofUnchanging("seeds/b.txt", bytes, "wcda-export");
        assertThat(shared).isEqualTo(copied).hasSameHashCodeAs(copied);
        assertThat(shared.sha256()).isEqualTo(copied.sha256());
        assertThat(shared.size()).isEqualTo(bytes.length);
    }

    @Test
    void refusesABlankFormatEitherWay() {
        byte[] bytes = {1};
        assertThatThrownBy(() -> new Original("x", bytes, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x");
        assertThatThrownBy(() -> Original.ofUnchanging("x", bytes, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
