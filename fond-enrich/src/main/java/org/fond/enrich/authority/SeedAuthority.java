package org.fond.enrich.authority;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.NameVariant;
import org.fond.enrich.variants.VariantGenerator;

/**
 * Our own authority records for the persons, organizations and places of MODEL.md §5.1–5.3
 * ({@code seeds.json} beside this class, in the stored record shape). The file is ours, so a fault in it
 * is a build error: it fails with the file and the field, never skipping a record.
 */
public final class SeedAuthority {
    static final String RESOURCE = "seeds.json";

    private SeedAuthority() {
    }

    /** The seed records exactly as written (no generated forms). */
    public static List<AuthorityRecord> records() {
        try (InputStream in = SeedAuthority.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AuthorityDataException("missing resource " + RESOURCE);
            }
            return parse(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed records with their generated variants, indexed. */
    public static Authority authority() {
        VariantGenerator generator = new VariantGenerator();
        return Authority.of(records().stream().map(generator::generate).toList());
    }

    /** Parses a JSON array of authority records and checks what the shape alone cannot. */
    static List<AuthorityRecord> parse(byte[] json, String file) {
        List<AuthorityRecord> records;
        try {
            records = AuthorityJson.MAPPER.readValue(json, new TypeReference<List<AuthorityRecord>>() { });
        } catch (JsonProcessingException e) {
            throw AuthorityDataException.of(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AuthorityDataException(file + ": " + e.getMessage(), e);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            AuthorityRecord r = records.get(i);
            String where = file + " [" + i + "] " + r.id();
            if (!ids.add(r.id())) {
                throw new AuthorityDataException(where + " field id: duplicate id");
            }
            if (r.labels().isEmpty()) {
                throw new AuthorityDataException(where + " field labels: a record needs at least one name form");
            }
            Set<String> values = new HashSet<>();
            r.labels().stream().map(NameVariant::value).forEach(values::add);
            r.prefLabel().forEach((lang, label) -> {
                if (!values.contains(label)) {
                    throw new AuthorityDataException(where + " field prefLabel." + lang + ": \"" + label
                            + "\" is not among the record's labels");
                }
            });
        }
        for (int i = 0; i < records.size(); i++) {
            for (String other : records.get(i).notSameAs()) {
                if (!ids.contains(other)) {
                    throw new AuthorityDataException(file + " [" + i + "] " + records.get(i).id()
                            + " field notSameAs: unknown id " + other);
                }
            }
        }
        return records;
    }
}
