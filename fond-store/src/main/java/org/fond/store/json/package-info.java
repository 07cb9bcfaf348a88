/**
 * The record JSON of ARCHITECTURE §3: Fond's published shape of a record, written once at ingest and
 * served verbatim by {@code fond show} and the REST API. Field names are stable: add, never rename.
 */
package org.fond.store.json;
