/**
 * {@code fond bench search}: builds archives of a given size from the real corpus (replicated
 * with new record ids and shifted dates), measures Fond's ingest and query path against a floor of
 * raw Lucene indexing the same plain text, and prints one table (text or Markdown). A measuring
 * tool, not a test: its numbers belong to the machine it ran on.
 */
package org.fond.bench;
