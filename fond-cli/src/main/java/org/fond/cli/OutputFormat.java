package org.fond.cli;

/** What {@code --format} may ask for. */
enum OutputFormat { json, text }
