package org.fond.core.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorityRecordTest {
    private static final Change REVIEW = new Change("2026-11-23T00:00:00Z", "reviewer", "variant-rejected", null, "noise", null);

    private static AuthorityRecord kim() {
        return new AuthorityRecord("per:kim-il-sung", EntityType.PERSON, null, Map.of("ru", "Ким Ир Сен", "en", "Kim Il Sung"),
                List.of(NameVariant.of("Kim Il Sung", "en", "Latn", null, VariantKind.PREFERRED),
                        NameVariant.generatedError("Kirn Il Sung", "rn/m confusion")),
                null, null, List.of("per:kim-il"), null, null);
    }

    @Test
    void theIdPrefixMustSayTheType() {
        assertThatThrownBy(() -> new AuthorityRecord("org:kim", EntityType.PERSON, null, null, null, null, null, null, null, null))
                .hasMessageContaining("org:kim").hasMessageContaining("per:");
    }

    @Test
    void aMergedStatusNamesItsTargetAndOnlyAMergedOne() {
        assertThatThrownBy(() -> new AuthorityStatus(AuthorityStatus.State.MERGED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorityStatus(AuthorityStatus.State.REVIEWED, "per:x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuthorityStatus.mergedInto("per:x").isMerged()).isTrue();
    }

    @Test
    void defaultsAreProvisionalAndEmptyAndTheLabelIsEnglish() {
        AuthorityRecord r = kim();
        assertThat(r.status()).isEqualTo(AuthorityStatus.PROVISIONAL);
        assertThat(r.roles()).isEmpty();
        assertThat(r.label()).isEqualTo("Kim Il Sung");
        assertThat(r.prefLabel().keySet()).containsExactly("en", "ru");
    }

    @Test
    void rejectingAFormKeepsItButTakesItOutOfUseAndLogsWhy() {
        AuthorityRecord r = kim().rejectVariant("Kirn Il Sung", REVIEW);
        assertThat(r.labels()).hasSize(2);
        assertThat(r.activeLabels()).extracting(NameVariant::value).containsExactly("Kim Il Sung");
        assertThat(r.changeLog()).containsExactly(REVIEW);
        assertThatThrownBy(() -> r.rejectVariant("Kirn Il Sung", REVIEW)).hasMessageContaining("no active name form");
    }
}
