/**
 * Measures the mention finder against the FRUS editors' gold: the developer volumes split into train
 * and test by document, the person finder and linker trained on the train part only, and precision,
 * recall, linking and document-date accuracy reported on the test part ({@link
 * org.fond.enrich.mentions.eval.EntitiesBench}).
 */
package org.fond.enrich.mentions.eval;
