/**
 * Mentions in record text: persons, organizations and places (a name dictionary, a person-name
 * finder we train on FRUS gold, and cheap honorific rules), dates, archival references and
 * quantities, each with UTF-16 offsets into {@code Text.plain()} and an authority id where one is
 * known. Names found that no dictionary knows are proposed as new authority candidates.
 */
package org.fond.enrich.mentions;
