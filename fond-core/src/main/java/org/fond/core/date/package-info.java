/**
 * Dates as EDTF (Extended Date/Time Format, ISO 8601-2) with modality: the document date and every
 * date expression in a text, relative ones resolved against the entry date they were written on.
 * {@link org.fond.core.date.DateParser} is the entry point; {@link org.fond.core.date.EdtfDate}
 * reads an EDTF string as the interval of days the search index stores.
 */
package org.fond.core.date;
