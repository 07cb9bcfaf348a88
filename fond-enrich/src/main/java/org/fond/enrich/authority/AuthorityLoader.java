package org.fond.enrich.authority;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fond.core.authority.AuthorityRecord;
import org.fond.enrich.imports.FrusListsImport;
import org.fond.enrich.imports.HsgPeopleImport;
import org.fond.enrich.imports.ImportResult;
import org.fond.enrich.variants.VariantGenerator;

/**
 * Builds the working authority in one step: our seed records, the Office of the Historian's people and
 * any FRUS volumes' persons lists, each with its generated variants, indexed. The import results come
 * back too, so a caller can report what was skipped and why.
 */
public final class AuthorityLoader {

    /** The authority and the imports that fed it (seeds are not an import: a fault in them throws). */
    public record Loaded(Authority authority, List<ImportResult> imports) {
        public Loaded {
            imports = List.copyOf(imports);
        }
    }

    private AuthorityLoader() {
    }

    /**
     * @param hsgPeople the people data tar.gz, or null to leave it out
     * @param frusVolumes FRUS TEI volumes (.xml or .xml.gz); volumes without a persons list add nothing
     */
    public static Loaded load(Path hsgPeople, List<Path> frusVolumes) throws IOException {
        VariantGenerator generator = new VariantGenerator();
        List<AuthorityRecord> records = new ArrayList<>();
        SeedAuthority.records().stream().map(generator::generate).forEach(records::add);
        List<ImportResult> imports = new ArrayList<>();
        if (hsgPeople != null) {
            ImportResult hsg = new HsgPeopleImport().read(hsgPeople);
            imports.add(hsg);
            hsg.records().stream().map(generator::generate).forEach(records::add);
        }
        FrusListsImport frus = new FrusListsImport();
        for (Path volume : frusVolumes) {
            ImportResult r = frus.read(volume);
            imports.add(r);
            r.records().stream().map(generator::generate).forEach(records::add);
        }
        return new Loaded(Authority.of(records), imports);
    }

    /** The records of a stored authority (JSON lines), indexed as they are: stored forms are already generated. */
    public static Authority fromStore(Path jsonLines) throws IOException {
        return Authority.of(AuthorityJson.read(jsonLines));
    }
}
