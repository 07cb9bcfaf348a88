package org.fond.core.testing;

import java.util.Random;

/**
 * Odd texts for checking a fast path against the pattern or scan it stands for: pieces chosen at
 * random (words a rule begins with, near misses, spaces, marks) and run together.
 */
public final class PieceTexts {
    private PieceTexts() {
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
