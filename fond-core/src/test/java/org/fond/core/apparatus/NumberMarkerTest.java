package org.fond.core.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NumberMarkerTest {

    @Test
    void recognisesEveryWayOfWritingTheNumberSign() {
        for (String marker : new String[] {"N\u00BA", "\u2116", "N\u00B0", "No.", "Nr.", "#"}) {
            assertThat(NumberMarker.isMarker(marker)).as(marker).isTrue();
        }
        assertThat(NumberMarker.isMarker("No")).isFalse();
        assertThat(NumberMarker.isMarker("N")).isFalse();
    }

    @Test
    void makesMarkersEqualForMatchingOnly() {
        assertThat(NumberMarker.canonical("Copy Secret N\u00BA 4")).isEqualTo(NumberMarker.canonical("Copy Secret No. 4"))
                .isEqualTo("Copy Secret \u2116 4");
        assertThat(NumberMarker.canonical("Nobody knows N. Ye. Torbenkov")).isEqualTo("Nobody knows N. Ye. Torbenkov");
    }

    @Test
    void findsTheRegistryNumberAfterAMarker() {
        Matcher m = NumberMarker.FIELD.matcher("17 January 1955\nN\u00BA 83/M");
        assertThat(m.find()).isTrue();
        assertThat(m.group("value")).isEqualTo("83/M");
        Matcher incoming = NumberMarker.FIELD.matcher("Secret Incoming \u2116 367vn 17 January");
        assertThat(incoming.find()).isTrue();
        assertThat(incoming.group("value")).isEqualTo("367vn");
    }
}
