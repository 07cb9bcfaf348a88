/**
 * Dates as EDTF (Extended Date/Time Format, ISO 8601-2) with modality: the document date and every
 * date expression in a text, relative ones resolved against the entry date they were written on.
 */
package org.fond.core.date;
