package org.fond.enrich.mentions;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.fond.core.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistical person-name finder we train ourselves: OpenNLP's maximum-entropy name finder over
 * our {@link Tokenizer}'s tokens, one line of text per sample, with OpenNLP's default features
 * (token, shape, window, previous outcomes). No English model is published, so it learns from gold
 * spans such as the FRUS editors' {@code persName} tags ({@link #train}).
 *
 * <p>The trained model is immutable and can be shared; each {@link #find} call makes its own
 * {@link NameFinderME}, which is not thread-safe.
 */
public final class PersonModel {
    private final TokenNameFinderModel model;

    private PersonModel(TokenNameFinderModel model) {
        this.model = model;
    }

    /** A text with its gold person spans (UTF-16 offsets into {@code text}). */
    public record Example(String text, List<Span> persons) {
    }

    /** What training saw: lines used, and gold names dropped because they do not fall on token edges. */
    public record TrainingReport(int lines, int names, int misalignedNames) {
    }

    /** Trains on {@code examples} with {@code iterations} rounds (100 is OpenNLP's default). */
    public static Trained train(List<Example> examples, int iterations) {
        List<NameSample> samples = new ArrayList<>();
        int names = 0;
        int misaligned = 0;
        for (Example example : examples) {
            boolean first = true;
            for (Line line : lines(example.text())) {
                List<opennlp.tools.util.Span> spans = new ArrayList<>();
                boolean skip = false;
                for (Span gold : example.persons()) {
                    if (gold.start() < line.end && gold.end() > line.start
                            && (gold.start() < line.start || gold.end() > line.end)) {
                        skip = true;
                        misaligned++;
                    } else if (gold.start() >= line.start && gold.end() <= line.end) {
                        int a = tokenStarting(line.tokens, gold.start());
                        int b = tokenEnding(line.tokens, gold.end());
                        if (a < 0 || b < 0 || b < a) {
                            skip = true;
                            misaligned++;
                        } else {
                            spans.add(new opennlp.tools.util.Span(a, b + 1, "person"));
                            names++;
                        }
                    }
                }
                if (skip || line.tokens.isEmpty()) {
                    continue;
                }
                samples.add(new NameSample(words(line.tokens), spans.toArray(opennlp.tools.util.Span[]::new), first));
                first = false;
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        // greedy decoding: a wider beam costs a third of the speed and gained nothing measurable here
        params.put("BeamSize", 1);
        try {
            TokenNameFinderModel model = NameFinderME.train("en", "person",
                    ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
            return new Trained(new PersonModel(model), new TrainingReport(samples.size(), names, misaligned));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model and what its training saw. */
    public record Trained(PersonModel model, TrainingReport report) {
    }

    public static PersonModel load(InputStream in) throws IOException {
        return new PersonModel(new TokenNameFinderModel(in));
    }

    public void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Person spans in {@code text}, as character offsets, in text order. */
    public List<Span> find(String text, List<Token> tokens) {
        NameFinderME finder = new NameFinderME(model);
        List<Span> found = new ArrayList<>();
        for (Line line : lines(text, tokens)) {
            if (line.tokens.isEmpty()) {
                continue;
            }
            for (opennlp.tools.util.Span s : finder.find(words(line.tokens))) {
                found.add(new Span(line.tokens.get(s.getStart()).start(), line.tokens.get(s.getEnd() - 1).end()));
            }
        }
        return found;
    }

    private record Line(int start, int end, List<Token> tokens) {
    }

    private static List<Line> lines(String text) {
        return lines(text, Tokenizer.tokens(text));
    }

    /** The text's lines with their tokens: a sample per line keeps samples short and names inside one. */
    private static List<Line> lines(String text, List<Token> tokens) {
        List<Line> lines = new ArrayList<>();
        int t = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            List<Token> in = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < end) {
                if (tokens.get(t).start() >= start) {
                    in.add(tokens.get(t));
                }
                t++;
            }
            lines.add(new Line(start, end, in));
            start = end + 1;
        }
        return lines;
    }

    private static String[] words(List<Token> tokens) {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }

    private static int tokenStarting(List<Token> tokens, int at) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == at) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEnding(List<Token> tokens, int at) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == at) {
                return i;
            }
        }
        return -1;
    }
}
