/**
 * From source markup to plain text: strips markdown decoration, unescapes, removes separators and
 * joins page-break splits, while keeping an offset map back to every raw character. Nothing here
 * interprets the content; apparatus, structure and dates read the plain text this produces.
 */
package org.fond.core.text;
