package org.fond.core.apparatus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fond.core.model.Span;

/**
 * Finds the square-bracket frames of a plain text with the recovering stack of MODEL.md §3.3.
 * Tokens are {@code [[}, {@code [}, {@code ]]} and {@code ]}; a run of closing brackets is spent
 * frame by frame from the top of the stack, two characters for a {@code [[} frame and one for a
 * {@code [} frame, and a {@code [[} closed by a lone {@code ]} is accepted (flag
 * {@code bracket-imbalance}). Frames still open at the end of a paragraph are closed there (flag
 * {@code unclosed-bracket}). A surplus {@code ]} on the line after a line that ended with a closed
 * top-level frame extends that frame over it (S1:L35–36, flag {@code bracket-imbalance});
 * any other surplus {@code ]} is reported as a stray bracket.
 *
 * <p>The scan is iterative and linear. Frames deeper than {@link #MAX_DEPTH} are not opened (their
 * brackets are counted and matched, the deepest frame is flagged {@code nesting-too-deep}): real
 * apparatus nests two or three deep, and an unbounded depth would make the frames' surfaces, which
 * all run to the paragraph end when unclosed, quadratic in size.
 */
public final class BracketScanner {
    /** The deepest frame opened; see the class comment. */
    public static final int MAX_DEPTH = 64;

    /** The frames in document order and the offsets of surplus {@code ]} that no frame explains. */
    public record Scan(List<Frame> frames, List<Integer> strayBrackets) {
        public Scan {
            frames = List.copyOf(frames);
            strayBrackets = List.copyOf(strayBrackets);
        }
    }

    private BracketScanner() {
    }

    /** Scans {@code plain}; never throws. */
    public static Scan scan(String plain) {
        return new Run(plain == null ? "" : plain).run();
    }

    /** A frame under construction. */
    private static final class Open {
        final int start;
        final int innerStart;
        final boolean doubled;
        int parent;
        int innerEnd = -1;
        int end = -1;
        Span misplacedClose;
        int adoptedUpTo;
        final Set<String> flags = new TreeSet<>();

        Open(int start, int innerStart, boolean doubled, int parent) {
            this.start = start;
            this.innerStart = innerStart;
            this.doubled = doubled;
            this.parent = parent;
        }
    }

    private static final class Run {
        private final String plain;
        private final List<Open> frames = new ArrayList<>();
        private final Deque<Integer> stack = new ArrayDeque<>();
        private final List<Integer> stray = new ArrayList<>();
        /** bracket characters opened beyond MAX_DEPTH and not yet matched */
        private int ignored;
        private int lineStart;
        /** the last top-level frame closed by a bracket, or -1 once a frame was left unclosed */
        private int lastTop = -1;
        private int lastClosed = -1;
        /** the top-level frame that ended the last non-blank line before this one, or -1 */
        private int prevLineTop = -1;

        Run(String plain) {
            this.plain = plain;
        }

        Scan run() {
            int n = plain.length();
            int i = 0;
            while (i < n) {
                char c = plain.charAt(i);
                if (c == '[') {
                    i = open(i);
                } else if (c == ']') {
                    int runEnd = i;
                    while (runEnd < n && plain.charAt(runEnd) == ']') {
                        runEnd++;
                    }
                    closeRun(i, runEnd);
                    i = runEnd;
                } else {
                    if (c == '\n') {
                        if (startsBlankLine(i + 1)) {
                            closeParagraph(trimEnd(i));
                        }
                        endLine(i);
                        lineStart = i + 1;
                    }
                    i++;
                }
            }
            closeParagraph(trimEnd(n));
            return new Scan(build(), stray);
        }

        private int open(int at) {
            boolean doubled = at + 1 < plain.length() && plain.charAt(at + 1) == '[';
            int len = doubled ? 2 : 1;
            if (stack.size() >= MAX_DEPTH) {
                ignored += len;
                frames.get(stack.peek()).flags.add("nesting-too-deep");
            } else {
                frames.add(new Open(at, at + len, doubled, stack.isEmpty() ? -1 : stack.peek()));
                stack.push(frames.size() - 1);
            }
            return at + len;
        }

        /** Spends the closing brackets [from, to) on the open frames, innermost first. */
        private void closeRun(int from, int to) {
            int k = from;
            while (k < to) {
                if (ignored > 0) {
                    ignored--;
                    k++;
                } else if (stack.isEmpty()) {
                    surplus(k);
                    k++;
                } else {
                    int index = stack.pop();
                    Open top = frames.get(index);
                    int take = top.doubled ? Math.min(2, to - k) : 1;
                    if (top.doubled && take == 1) {
                        top.flags.add("bracket-imbalance");
                    }
                    top.innerEnd = k;
                    top.end = k + take;
                    lastClosed = index;
                    if (top.parent < 0) {
                        lastTop = index;
                    }
                    k += take;
                }
            }
        }

        /** Remembers whether the line ending at {@code newline} ended with a closed top-level frame. */
        private void endLine(int newline) {
            if (isBlank(lineStart, newline)) {
                return; // a blank line between paragraphs keeps the answer of the line before it
            }
            Open last = lastTop >= 0 ? frames.get(lastTop) : null;
            prevLineTop = last != null && last.end > lineStart && isBlank(last.end, newline) ? lastTop : -1;
        }

        private void surplus(int at) {
            Open previous = prevLineTop >= 0 ? frames.get(prevLineTop) : null;
            if (previous == null || previous.end > lineStart) {
                stray.add(at);
                return;
            }
            // the frame that ended the line before was closed too early: its real end is here
            previous.misplacedClose = new Span(previous.innerEnd, previous.end);
            previous.innerEnd = at;
            previous.end = at + 1;
            previous.flags.add("bracket-imbalance");
            for (int f = Math.max(prevLineTop + 1, previous.adoptedUpTo); f < frames.size(); f++) {
                if (frames.get(f).parent < 0) {
                    frames.get(f).parent = prevLineTop;
                }
            }
            previous.adoptedUpTo = frames.size();
            if (lastClosed >= 0 && lastClosed != prevLineTop && frames.get(lastClosed).end == at) {
                frames.get(lastClosed).flags.add("bracket-imbalance");
            }
            lastTop = prevLineTop;
        }

        private void closeParagraph(int end) {
            while (!stack.isEmpty()) {
                Open o = frames.get(stack.pop());
                o.end = Math.max(end, o.innerStart);
                o.innerEnd = o.end;
                o.flags.add("unclosed-bracket");
                lastTop = -1;
            }
            ignored = 0;
        }

        private boolean startsBlankLine(int from) {
            int j = from;
            while (j < plain.length() && isSpace(plain.charAt(j))) {
                j++;
            }
            return j >= plain.length() || plain.charAt(j) == '\n';
        }

        private boolean isBlank(int from, int to) {
            for (int j = from; j < to; j++) {
                if (!Character.isWhitespace(plain.charAt(j))) {
                    return false;
                }
            }
            return true;
        }

        private int trimEnd(int end) {
            int e = end;
            while (e > 0 && isSpace(plain.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\r';
        }

        private List<Frame> build() {
            int[] depth = new int[frames.size()];
            List<Frame> out = new ArrayList<>(frames.size());
            for (int f = 0; f < frames.size(); f++) {
                Open o = frames.get(f);
                depth[f] = o.parent < 0 ? 0 : depth[o.parent] + 1;
                Span span = new Span(o.start, o.end);
                out.add(new Frame(span, span.of(plain), new Span(o.innerStart, o.innerEnd), o.doubled, depth[f],
                        o.parent, o.misplacedClose, o.flags));
            }
            return out;
        }
    }
}
