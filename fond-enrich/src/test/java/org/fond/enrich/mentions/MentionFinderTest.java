package org.fond.enrich.mentions;

import org.fond.core.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {
    private static final NameDictionary NAMES = NameDictionary.of(List.of(
            new NameDictionary.Entry("E. M. Harvey", "per:harvey-em", "person"),
            new NameDictionary.Entry("Harvey", "per:harvey-em", "person"),
            new NameDictionary.Entry("Harvey", "per:harvey-george", "person"),
            new NameDictionary.Entry("George Harvey", "per:harvey-george", "person"),
            new NameDictionary.Entry("Kim Il", "per:kim-il", "person"),
            new NameDictionary.Entry("Ministry of Foreign Affairs", "org:mfa", "organization"),
            new NameDictionary.Entry("Petrograd", "pla:petrograd", "place")));
    // George Harvey is the more often named of the two
    private static final MentionFinder FINDER = new MentionFinder(
            new Linker(NAMES, Map.of("per:harvey-george", 10, "per:harvey-em", 2)), null, true);

    private static List<String> persons(String text) {
        return FINDER.find(text, null).stream().filter(m -> m.type().equals("person"))
                .map(m -> m.surface() + "=" + m.entity()).toList();
    }

    @Test
    void anEarlierFullNameInTheSameDocumentDecidesAnAmbiguousSurname() {
        assertThat(persons("Harvey arrived.")).containsExactly("Harvey=per:harvey-george");
        assertThat(persons("Mr. E. M. Harvey called. Later Harvey left."))
                .containsExactly("E. M. Harvey=per:harvey-em", "Harvey=per:harvey-em");
    }

    @Test
    void aKnownShortNameFollowedByMoreNameIsALongerUnknownName() {
        assertThat(persons("Talks with Kim Il Chol ended.")).containsExactly("Kim Il Chol=null");
        assertThat(persons("Talks with Kim Il ended.")).containsExactly("Kim Il=per:kim-il");
    }

    @Test
    void rulesFindNamesAfterTitlesInHeadingsAndSignatures() {
        String text = "The Ambassador in Russia (Francis) to the Secretary of State\n\n"
                + "General Janin and Messrs. Frazar, Preston, and Phelps met Count Czernin.\n\nLansing";
        assertThat(persons(text)).containsExactly("Francis=null", "Janin=null", "Frazar=null", "Preston=null",
                "Phelps=null", "Czernin=null", "Lansing=null");
        assertThat(persons("The General Staff met Consul General Smith.")).containsExactly("Smith=null");
    }

    @Test
    void findsEveryKindWithSurfacesThatAreTheirSpans() {
        String text = "Petrograd, 3 March 1918. The Ministry of Foreign Affairs paid 5,000 rubles; "
                + "see RGANI. F. 3. Op. 16. D. 294. L. 207.";
        List<Mention> found = FINDER.find(text, null);
        for (Mention m : found) {
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.surface());
        }
        assertThat(found).extracting(m -> m.type() + ":" + m.surface() + "=" + (m.entity() != null ? m.entity() : m.value()))
                .contains("place:Petrograd=pla:petrograd", "date:3 March 1918=1918-03-03",
                        "organization:Ministry of Foreign Affairs=org:mfa", "quantity:5,000 rubles=5000 RUB")
                .anyMatch(s -> s.startsWith("reference:RGANI. F. 3. Op. 16. D. 294. L. 207"));
    }

    @Test
    void rulesFindInstitutionsAndTheDatelinePlaceButNeverOverAPerson() {
        String text = "Vologda, July 2, 1918.\nThe War Trade Board and the Department of State met General Janin "
                + "at the American Embassy. The Government agreed.";
        assertThat(FINDER.names(text)).extracting(m -> m.type() + ":" + m.surface()).containsExactly(
                "place:Vologda", "organization:War Trade Board", "organization:Department of State", "person:Janin",
                "organization:American Embassy");
    }

    @Test
    void unlinkedNamesBecomeAuthorityCandidates() {
        NameCandidates candidates = new NameCandidates();
        candidates.add("a", FINDER.find("General Janin met Mr. Harvey.", null));
        candidates.add("b", FINDER.find("Janin left. General Janin returned.", null));
        assertThat(candidates.candidates()).first()
                .isEqualTo(new NameCandidates.Candidate("Janin", "person", 2, 2));
    }
}
