package org.fond.ingest;

/**
 * Reads one source format into records. Detection and reading are separate: {@link #accepts} only
 * sniffs the first bytes and must be cheap; {@link #read} never throws for bad input, it returns
 * a {@link Rejection} naming the line and the reason instead.
 */
public interface Reader {
    /** The format's stable name, e.g. {@code wcda-export}; the value of {@code fond ingest --format}. */
    String format();

    /** Whether {@code file} looks like this format. Looks at a bounded prefix only. */
    boolean accepts(SourceFile file);

    /** Reads every record of {@code file}; what cannot be read comes back as rejections. */
    ReadResult read(SourceFile file);
}
