/**
 * Measures the mention finder against the FRUS editors' gold: the developer volumes split into train
 * and test by document, the person finder and linker trained on the train part only, and precision,
 * recall, linking and document-date accuracy reported on the test part ({@link
 * org.fond.enrich.mentions.eval.EntitiesBench}); and, on DAFP, the NAA references Fond reads in the
 * document text against the catalogue's {@code naa_refs} and the dateline date against {@code doc_date}.
 */
package org.fond.enrich.mentions.eval;
