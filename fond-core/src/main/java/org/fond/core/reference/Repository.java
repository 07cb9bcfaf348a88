package org.fond.core.reference;

/** A holding archive: its code in Fond's registry ({@code AVPRF}) and the form cited ({@code АВП РФ}). */
public record Repository(String code, String asCited) {
}
