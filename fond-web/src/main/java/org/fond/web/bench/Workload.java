package org.fond.web.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clients ask: record pages of ids sampled from the server, and searches from a mix. The
 * {@link WebLoad.Mix#FIXED fixed} mix is {@link WebLoad#QUERIES} alone, fourteen queries that a warm cache
 * answers almost entirely; the {@link WebLoad.Mix#CORPUS corpus} mix takes every third search from it and the
 * others from the words of the sampled records' titles, one word or two, so most searches are ones
 * the server has not seen and the figure measures the searches as well as the cache.
 */
record Workload(List<String> recordPaths, List<String> words, WebLoad.Mix mix) {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    Workload {
        recordPaths = List.copyOf(recordPaths);
        words = List.copyOf(words);
    }

    /** The distinct words of four letters or more in {@code titles}, in order of first use. */
    static List<String> words(List<String> titles) {
        Set<String> words = new LinkedHashSet<>();
        for (String title : titles) {
            Matcher m = WORD.matcher(title);
            while (m.find()) {
                words.add(m.group());
            }
        }
        return new ArrayList<>(words);
    }

    /** The {@code i}-th search of a client: its query string for {@code /api/search}. */
    String search(int i, RandomGenerator random) {
        String fixed = WebLoad.QUERIES.get(i % WebLoad.QUERIES.size());
        if (mix == WebLoad.Mix.FIXED || words.isEmpty()) {
            return fixed;
        }
        return switch (i % 3) {
            case 0 -> fixed;
            case 1 -> "q=" + enc(word(random));
            default -> "q=" + enc(word(random) + " " + word(random));
        };
    }

    /** A record page at random. */
    String record(RandomGenerator random) {
        return "/records/" + recordPaths.get(random.nextInt(recordPaths.size()));
    }

    private String word(RandomGenerator random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
