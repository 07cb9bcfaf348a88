/**
 * The {@code fond} command (picocli): parses arguments, talks to the {@link org.fond.cli.Library}
 * (archive + index) and prints for people. User-facing messages live here and nowhere below; no
 * stack trace reaches a user unless {@code FOND_DEBUG} is set.
 */
package org.fond.cli;
