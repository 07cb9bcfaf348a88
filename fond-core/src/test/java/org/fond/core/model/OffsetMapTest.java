package org.fond.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The identity map holds no table and answers as the table of the identity would, bounds included. */
class OffsetMapTest {
    @Test
    void theIdentityAnswersAsItsTableWould() {
        int n = 57;
        int[] table = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            table[i] = i;
        }
        OffsetMap identity = OffsetMap.identity(n);
        OffsetMap explicit = new OffsetMap(table);
        assertThat(identity).isEqualTo(explicit).hasSameHashCodeAs(explicit);
        assertThat(explicit).isEqualTo(identity);
        assertThat(identity.plainLength()).isEqualTo(explicit.plainLength()).isEqualTo(n);
        for (int i = 0; i <= n; i++) {
            assertThat(identity.toRaw(i)).isEqualTo(explicit.toRaw(i));
        }
        for (Span s : new Span[] {new Span(0, 0), new Span(3, 9), new Span(n, n), new Span(0, n)}) {
            assertThat(identity.toRaw(s)).isEqualTo(explicit.toRaw(s)).isEqualTo(s);
        }
        assertThatThrownBy(() -> identity.toRaw(n + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> explicit.toRaw(n + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> identity.toRaw(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(OffsetMap.identity(n)).isNotEqualTo(OffsetMap.identity(n + 1));
    }

    @Test
    void aTableThatIsNotTheIdentityDiffersFromIt() {
        // a page-break join: plain "ab c" read from raw "ab-\nc" (the space stands for the two characters it replaced)
        OffsetMap joined = new OffsetMap(new int[] {0, 1, 2, 4, 5});
        assertThat(joined).isNotEqualTo(OffsetMap.identity(4));
        assertThat(OffsetMap.identity(4)).isNotEqualTo(joined);
        assertThat(joined.toRaw(new Span(3, 4))).isEqualTo(new Span(4, 5));
        assertThat(Text.verbatim("abcd", 1).offsets()).isEqualTo(OffsetMap.identity(4));
    }
}
