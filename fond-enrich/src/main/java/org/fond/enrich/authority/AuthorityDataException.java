package org.fond.enrich.authority;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.stream.Collectors;

/** Authority data that cannot be read, with where: the file (and line or entry) and the field. */
public final class AuthorityDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthorityDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public AuthorityDataException(String message) {
        super(message);
    }

    /** Names the field path Jackson was reading ({@code labels[2].kind}) along with the place. */
    static AuthorityDataException of(String where, JsonProcessingException e) {
        String field = "";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = " field " + m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
        }
        Throwable root = e.getCause() != null && !(e.getCause() instanceof JsonProcessingException) ? e.getCause() : e;
        String detail = root == e ? e.getOriginalMessage() : root.getMessage();
        return new AuthorityDataException(where + field + ": " + detail, e);
    }
}
