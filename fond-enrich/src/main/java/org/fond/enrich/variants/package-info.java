/**
 * Name-variant generation (MODEL.md §5.10): from the native-script forms of an authority record forward
 * to romanizations (ICU transliterators plus our Korean, Chinese and Russian rules), between romanization
 * systems, and to known slip forms. {@link org.fond.enrich.variants.NameKey} is the one matching
 * normalisation the authority index and its callers share.
 */
package org.fond.enrich.variants;
