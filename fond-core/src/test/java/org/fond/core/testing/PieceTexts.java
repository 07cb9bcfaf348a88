package org.fond.core.testing;

import java.util.Random;

/**
 * Odd texts for checking a fast path against the pattern or scan it stands for: pieces chosen at
 * random (words a rule begins with, near misses, spaces, marks) and run together.
 */
public final class PieceTexts {
    private PieceTexts() {
    }

    /** {@code count} texts of one to {@code maxPieces} pieces each, drawn by a generator seeded with {@code seed}. */
    public static java.util.List<String> texts(long seed, String[] pieces, int maxPieces, int count) {
        Random random = new Random(seed);
        java.util.List<String> texts = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(join(random, pieces, random.nextInt(maxPieces) + 1));
        }
        return texts;
    }

    /** {@code count} pieces drawn from {@code pieces} by {@code random}, joined without separators. */
    public static String join(Random random, String[] pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < count; n++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
