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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A statistical person-name finder we train ourselves: OpenNLP's maximum-entropy name finder over
 * our {@link Tokenizer}'s tokens, reading the stretches of a line around capitalised words, with OpenNLP's default features
 * (token, shape, window, previous outcomes). No English model is published, so it learns from gold
 * spans such as the FRUS editors' {@code persName} tags ({@link #train}).
 *
 * <p>The trained model is immutable and can be shared; {@link NameFinderME} is not thread-safe,
 * so each thread keeps its own.
 */
public final class PersonModel {
    private final TokenNameFinderModel model;
    private final Set<String> ordinary;
    private final Set<String> lowercase;
    /** A finder per thread: making one parses the feature descriptor, which costs more than a short text. */
    private final ThreadLocal<NameFinderME> finders;

    private PersonModel(TokenNameFinderModel model, Set<String> ordinary, Set<String> lowercase) {
        this.model = model;
        this.ordinary = Set.copyOf(ordinary);
        this.lowercase = Set.copyOf(lowercase);
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** A text with its gold person spans (UTF-16 offsets into {@code text}). */
    public record Example(String text, List<Span> persons) {
    }

    /** What training saw: text pieces read, gold names in them, gold names outside every piece or off token edges. */
    public record TrainingReport(int lines, int names, int misalignedNames) {
    }

    /** Trains on {@code examples} with {@code iterations} rounds (100 is OpenNLP's default). */
    public static Trained train(List<Example> examples, int iterations) {
        Set<String> ordinary = ordinaryWords(examples);
        Set<String> lowercase = lowercaseWords(examples);
        List<NameSample> samples = new ArrayList<>();
        int names = 0;
        int misaligned = 0;
        for (Example example : examples) {
            boolean first = true;
            List<Piece> pieces = pieces(example.text(), Tokenizer.tokens(example.text()), ordinary);
            for (Span gold : example.persons()) {
                if (pieces.stream().noneMatch(p -> p.start <= gold.start() && gold.end() <= p.end)) {
                    misaligned++;
                }
            }
            for (Piece piece : pieces) {
                List<opennlp.tools.util.Span> spans = new ArrayList<>();
                boolean skip = false;
                for (Span gold : example.persons()) {
                    if (gold.start() >= piece.start && gold.end() <= piece.end) {
                        int a = tokenStarting(piece.tokens, gold.start());
                        int b = tokenEnding(piece.tokens, gold.end());
                        if (a < 0 || b < 0 || b < a) {
                            skip = true;
                        } else {
                            spans.add(new opennlp.tools.util.Span(a, b + 1, "person"));
                        }
                    } else if (gold.start() < piece.end && gold.end() > piece.start) {
                        skip = true;
                    }
                }
                if (skip) {
                    continue;
                }
                names += spans.size();
                samples.add(new NameSample(words(piece.tokens), spans.toArray(opennlp.tools.util.Span[]::new), first));
                first = false;
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        // greedy decoding: a wider beam cost speed and gained nothing measurable on the FRUS test part
        params.put("BeamSize", 1);
        try {
            TokenNameFinderModel model = NameFinderME.train("en", "person",
                    ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
            return new Trained(new PersonModel(model, ordinary, lowercase), new TrainingReport(samples.size(), names, misaligned));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Folded words that training saw capitalised at least {@value #ORDINARY_MIN} times and never in a
     * name ({@code The}, {@code Government}, {@code Department}): a capitalised word not among them is
     * where a name may be.
     */
    private static Set<String> ordinaryWords(List<Example> examples) {
        Map<String, Integer> capitalised = new HashMap<>();
        Set<String> inNames = new HashSet<>();
        for (Example example : examples) {
            for (Token t : Tokenizer.tokens(example.text())) {
                if (t.word() && t.capitalised()) {
                    capitalised.merge(t.key(), 1, Integer::sum);
                }
            }
            for (Span gold : example.persons()) {
                for (Token t : Tokenizer.tokens(gold.of(example.text()))) {
                    inNames.add(t.key());
                }
            }
        }
        Set<String> ordinary = new TreeSet<>();
        capitalised.forEach((key, n) -> {
            if (n >= ORDINARY_MIN && !inNames.contains(key)) {
                ordinary.add(key);
            }
        });
        return ordinary;
    }

    /** Folded words that training saw written in lower case somewhere: common words, not names alone. */
    private static Set<String> lowercaseWords(List<Example> examples) {
        Set<String> lower = new TreeSet<>();
        for (Example example : examples) {
            for (Token t : Tokenizer.tokens(example.text())) {
                if (t.word() && Character.isLowerCase(t.text().codePointAt(0))) {
                    lower.add(t.key());
                }
            }
        }
        return lower;
    }

    private static final int ORDINARY_MIN = 3;
    /** Tokens of context kept on each side of a possible name: the default features look two tokens away. */
    private static final int CONTEXT = 2;

    /** A model and what its training saw. */
    public record Trained(PersonModel model, TrainingReport report) {
    }

    /** A saved model ({@link #save}) and the word lists it was trained with ({@link #ordinary}, {@link #lowercase}). */
    public static PersonModel load(InputStream in, Set<String> ordinary, Set<String> lowercase) throws IOException {
        return new PersonModel(new TokenNameFinderModel(in), ordinary, lowercase);
    }

    /** The words training saw in lower case: a find made only of them is a common word, not a name. */
    public Set<String> lowercase() {
        return lowercase;
    }

    /** The capitalised words training found never begin or hold a name: the model does not read around them. */
    public Set<String> ordinary() {
        return ordinary;
    }

    public void save(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** Person spans in {@code text}, as character offsets, in text order. */
    public List<Span> find(String text, List<Token> tokens) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Span> found = new ArrayList<>();
        for (Piece piece : pieces(text, tokens, ordinary)) {
            for (opennlp.tools.util.Span s : finder.find(words(piece.tokens))) {
                if (nameLike(piece.tokens.subList(s.getStart(), s.getEnd()))) {
                    found.add(new Span(piece.tokens.get(s.getStart()).start(), piece.tokens.get(s.getEnd() - 1).end()));
                }
            }
        }
        return found;
    }

    /**
     * A find holds a capitalised word of two letters or more that is not a common word ({@code Sale},
     * {@code Schedule B} and {@code 1813} are not names; a dictionary still knows {@code Page}).
     */
    private boolean nameLike(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.capitalised() && t.text().length() > 1 && Character.isLetter(t.text().codePointAt(0))
                    && !lowercase.contains(t.key())) {
                return true;
            }
        }
        return false;
    }

    private record Piece(int start, int end, List<Token> tokens) {
    }

    /**
     * The stretches of text the model reads: each capitalised word that is not an ordinary one, with
     * {@value #CONTEXT} tokens either side, overlapping stretches joined, never across a line. Reading
     * only these, in training and in finding alike, keeps the model fast enough for ingest: most
     * tokens of prose are lower-case or ordinary words that begin no name.
     */
    private static List<Piece> pieces(String text, List<Token> tokens, Set<String> ordinary) {
        List<Piece> pieces = new ArrayList<>();
        int lineStart = 0;
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0) {
                if (from >= 0) {
                    pieces.add(piece(tokens, from, Math.min(to, i - 1)));
                    from = -1;
                }
                lineStart = i;
            }
            Token t = tokens.get(i);
            if (t.word() && t.capitalised() && !ordinary.contains(t.key())) {
                int a = Math.max(lineStart, i - CONTEXT);
                if (from >= 0 && a > to + 1) {
                    pieces.add(piece(tokens, from, to));
                    from = -1;
                }
                if (from < 0) {
                    from = a;
                }
                to = i + CONTEXT;
            }
        }
        if (from >= 0) {
            pieces.add(piece(tokens, from, Math.min(to, tokens.size() - 1)));
        }
        return pieces;
    }

    private static Piece piece(List<Token> tokens, int from, int to) {
        List<Token> in = List.copyOf(tokens.subList(from, to + 1));
        return new Piece(in.get(0).start(), in.get(in.size() - 1).end(), in);
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
