package org.fond.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.fond.core.model.Layer;
import org.fond.core.model.Record;
import org.fond.search.RealCorpus;
import org.fond.search.RealSeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text analysed once for {@code text} and {@code text_original} gives the writer what two analyses gave. */
class AnalysedOnceTest {
    private static final String ORIGINAL = RecordDocument.layerField(Layer.ORIGINAL);

    @TempDir
    Path folder;

    @Test
    void theReplayHandsOnTheTokensOfAFreshAnalysisOnRealRecords() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(RealSeeds.s1().text().plain());
        texts.add(RealSeeds.s2().text().plain());
        RealCorpus.frusVolume("frus1918Russiav03").stream().limit(150).forEach(r -> texts.add(r.text().plain()));
        for (String text : texts) {
            assertReplayEqualsAnalysis(text);
        }
    }

    @Test
    void theReplayHandsOnTheTokensOfAFreshAnalysisOnOddText() throws IOException {
        String[] pieces = {"a", "Kim", "’s", "'s", "Il-sung", " ", "  ", "\n", "\n\n", ".", ",", "3,564", "1957",
            "毛泽东", "김일성은", "平壤", "ｶﾀｶﾅ", "Ким", "Hŭngnam", "u\u0306", "\uD840\uDC00", "😀", "#️⃣", "e.g.", "x_y",
            "\u00A0", "\u200B", "ß", "İ", "ﬁ", "(", "—", "\uD835"};
        Random random = new Random(20261123);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertReplayEqualsAnalysis(text.toString());
        }
    }

    @Test
    void aRecordWithoutApparatusHasTheSamePostingsAndNormsUnderBothFields() throws IOException {
        List<Record> records = new ArrayList<>(RealCorpus.frusVolume("frus1917Supp02v02"));
        records.add(RealSeeds.s1());
        records.add(RealSeeds.s2());
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
            records.forEach(index::index);
            index.commit(1);
        }
        int compared = 0;
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                compared += compareFields(leaf.reader());
            }
        }
        assertThat(compared).as("records whose two fields were compared").isGreaterThan(100);
    }

    /** Every document whose two fields hold the same text has the same terms, positions, offsets and norm under both. */
    private static int compareFields(LeafReader reader) throws IOException {
        StoredFields stored = reader.storedFields();
        List<Integer> same = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            String id = stored.document(doc).get(RecordDocument.ID);
            Record r = id == null ? null : find(id);
            if (r != null && !r.text().plain().isEmpty()
                    && RecordDocument.originalLayer(r.text().plain(), r.annotations()).equals(r.text().plain())) {
                same.add(doc);
            }
        }
        for (int doc : same) {
            assertThat(postings(reader, RecordDocument.TEXT, doc)).isEqualTo(postings(reader, ORIGINAL, doc));
            assertThat(norm(reader, RecordDocument.TEXT, doc)).isEqualTo(norm(reader, ORIGINAL, doc));
        }
        return same.size();
    }

    private static Record find(String id) {
        for (Record r : RealCorpus.frusVolume("frus1917Supp02v02")) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return RealSeeds.s1().id().equals(id) ? RealSeeds.s1() : RealSeeds.s2().id().equals(id) ? RealSeeds.s2() : null;
    }

    private static List<String> postings(LeafReader reader, String field, int doc) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = reader.terms(field);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            pe = te.postings(pe, PostingsEnum.ALL);
            if (pe.advance(doc) != doc) {
                continue;
            }
            StringBuilder b = new StringBuilder(term.utf8ToString()).append(':').append(pe.freq());
            for (int i = 0; i < pe.freq(); i++) {
                b.append(' ').append(pe.nextPosition()).append('@').append(pe.startOffset()).append('-').append(pe.endOffset());
            }
            out.add(b.toString());
        }
        return out;
    }

    private static long norm(LeafReader reader, String field, int doc) throws IOException {
        NumericDocValues norms = reader.getNormValues(field);
        return norms != null && norms.advance(doc) == doc ? norms.longValue() : DocIdSetIterator.NO_MORE_DOCS;
    }

    private static void assertReplayEqualsAnalysis(String text) throws IOException {
        Analyzer analyzer = FondAnalyzer.forIndexing();
        List<String> fresh = read(analyzer.tokenStream(RecordDocument.TEXT, text));
        AnalysedOnce once = new AnalysedOnce(text);
        Field first = once.field(RecordDocument.TEXT, new org.apache.lucene.document.FieldType(
                org.apache.lucene.document.TextField.TYPE_STORED));
        Field second = once.field(ORIGINAL, new org.apache.lucene.document.FieldType(
                org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        assertThat(read(first.tokenStream(analyzer, null))).as(text).isEqualTo(fresh);
        TokenStream replay = second.tokenStream(analyzer, null);
        assertThat(replay.getClass().getSimpleName()).as("the second field is not analysed again").isEqualTo("Replay");
        assertThat(read(replay)).as(text).isEqualTo(fresh);
    }

    /** Each token as the index writer reads it, and the state {@code end()} leaves. */
    private static List<String> read(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset() + " ×" + frequency.getTermFrequency());
            }
            stream.end();
            out.add("end +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
        }
        return out;
    }
}
