/**
 * The Archive: a directory holding a SQLite catalog and every original file byte for byte,
 * content-addressed by SHA-256. {@link org.fond.store.Archive} is the one door for writes: an
 * ingest {@link org.fond.store.Batch} is committed whole or not at all. Nothing here parses a
 * source format; callers hand in ready values ({@link org.fond.store.Original},
 * {@link org.fond.store.CatalogEntry}).
 */
package org.fond.store;
