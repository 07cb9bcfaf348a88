package org.fond.core.reference;

/** A folio or a range of folios, with verso marks ({@code 5-7ob.} = 5r–7v). Numbers stay strings. */
public record FolioRange(String from, boolean fromVerso, String to, boolean toVerso) {
    public static FolioRange single(String folio, boolean verso) {
        return new FolioRange(folio, verso, folio, verso);
    }
}
