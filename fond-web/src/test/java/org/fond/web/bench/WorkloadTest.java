package org.fond.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the load's clients ask: the fixed queries alone, or with words of the sampled titles. */
class WorkloadTest {
    private static final List<String> WORDS = Workload.words(List.of("Record of a Conversation with Kim Il Sung",
            "Telegram from Moscow"));

    @Test
    void takesTheWordsOfFourLettersOrMoreOnce() {
        assertThat(WORDS).containsExactly("Record", "Conversation", "with", "Sung", "Telegram", "from", "Moscow");
        assertThat(Workload.words(List.of("Ким Ир Сен в Пхеньяне", "Ким"))).containsExactly("Пхеньяне");
    }

    @Test
    void theCorpusMixAsksEveryThirdSearchFromTheFixedQueriesAndTheRestFromTheTitles() {
        Workload work = new Workload(List.of("wcda:1"), WORDS, WebLoad.Mix.CORPUS);
        Random random = new Random(1);
        List<String> asked = IntStream.range(0, 30).mapToObj(i -> work.search(i, random)).toList();
        assertThat(asked).filteredOn(WebLoad.QUERIES::contains).hasSize(10);
        assertThat(asked).filteredOn(q -> !WebLoad.QUERIES.contains(q)).hasSize(20)
                .allSatisfy(q -> assertThat(q).startsWith("q="))
                .anySatisfy(q -> assertThat(q).contains("+"));
        assertThat(work.record(random)).isEqualTo("/records/wcda:1");
    }

    @Test
    void theFixedMixAsksTheFourteenQueriesInTurn() {
        Workload work = new Workload(List.of("wcda:1"), WORDS, WebLoad.Mix.FIXED);
        Random random = new Random(1);
        assertThat(IntStream.range(0, 28).mapToObj(i -> work.search(i, random)).toList())
                .containsExactlyElementsOf(IntStream.range(0, 28).mapToObj(i -> WebLoad.QUERIES.get(i % 14)).toList());
    }
}
