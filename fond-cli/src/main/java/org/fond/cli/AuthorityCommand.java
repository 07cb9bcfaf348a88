package org.fond.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fond.core.authority.AuthorityRecord;
import org.fond.core.authority.Change;
import org.fond.core.authority.EntityType;
import org.fond.core.authority.ExternalId;
import org.fond.core.authority.NameVariant;
import org.fond.core.authority.Role;
import org.fond.enrich.authority.Authority;
import org.fond.enrich.authority.AuthorityJson;
import org.fond.enrich.authority.AuthorityLoader;
import org.fond.enrich.imports.ImportResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fond authority}: the persons, organizations and places the archive knows, with every form of
 * their names. Import builds it from our seed file, the Office of the Historian's people data and FRUS
 * persons lists; merge, split and reject are the reviewer's edits, each kept in the records' change logs.
 */
@Command(name = "authority", mixinStandardHelpOptions = true,
        description = "Import, list, show, merge and split authority records (persons, organizations, places).",
        subcommands = {AuthorityCommand.Import.class, AuthorityCommand.ListRecords.class, AuthorityCommand.Show.class,
                AuthorityCommand.Merge.class, AuthorityCommand.Split.class, AuthorityCommand.Reject.class,
                AuthorityCommand.Candidates.class})
final class AuthorityCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Fond.USAGE;
    }

    /** The reviewer's name for the change log: --who, else the login name. */
    static String reviewer(String who) {
        if (who != null && !who.isBlank()) {
            return who;
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Builds the archive's authority from Fond's seed records plus the given sources, "
                    + "with generated name variants. Records already reviewed (merged, split, with rejected "
                    + "forms) are kept as reviewed."})
    static final class Import implements Callable<Integer> {
        @Mixin
        ArchiveOption archive;
        @Option(names = "--hsg", paramLabel = "FILE", description = "The Office of the Historian people data (hsg-people-data.tar.gz).")
        Path hsg;
        @Option(names = "--frus", paramLabel = "VOLUME", description = "A FRUS TEI volume whose persons and terms lists to import (repeatable).")
        List<Path> frus = new ArrayList<>();
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (Path p : optionalPaths()) {
                if (!Files.isRegularFile(p)) {
                    throw new UserError("no such file: " + p, Fond.USAGE);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Library library = Library.open(archive.directory())) {
                long started = System.nanoTime();
                AuthorityLoader.Loaded loaded = AuthorityLoader.load(hsg, frus);
                Authority fresh = loaded.authority();
                int keptReviewed = 0;
                if (ArchiveAuthority.stored(library.directory())) {
                    for (AuthorityRecord old : library.authority().records()) {
                        if (reviewed(old) || fresh.get(old.id()).isEmpty()) {
                            fresh.put(old);
                            keptReviewed += reviewed(old) ? 1 : 0;
                        }
                    }
                }
                ArchiveAuthority.store(library.directory(), fresh);
                Map<EntityType, Integer> byType = new LinkedHashMap<>();
                fresh.records().forEach(r -> byType.merge(r.type(), 1, Integer::sum));
                out.printf("Authority: %d records (%s) in %.1f s%s.%n", fresh.size(), byType,
                        (System.nanoTime() - started) / 1e9,
                        keptReviewed == 0 ? "" : ", " + keptReviewed + " reviewed records kept as reviewed");
                for (ImportResult r : loaded.imports()) {
                    out.printf("  %,d entries read, %,d records, %,d left out %s%n", r.entriesRead(), r.records().size(),
                            r.skipped().size(), r.skippedByReason().isEmpty() ? "" : r.skippedByReason());
                }
                out.printf("Written to %s%n", ArchiveAuthority.file(library.directory()));
                // Left-out entries (abbreviation notes, bare titles) are counted by reason above; they are not errors.
                return Fond.OK;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Touched by a reviewer (merged, split, a form rejected), not only created or imported. */
        private static boolean reviewed(AuthorityRecord r) {
            return r.changeLog().stream().anyMatch(c -> !c.action().equals("created") && !c.action().equals("imported"));
        }

        private List<Path> optionalPaths() {
            List<Path> all = new ArrayList<>(frus);
            if (hsg != null) {
                all.add(hsg);
            }
            return all;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists authority records: id, type, label, number of name forms.")
    static final class ListRecords implements Callable<Integer> {
        @Mixin
        ArchiveOption archive;
        @Option(names = "--type", description = "person, organization, place or concept.")
        String type;
        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}; 0 for all).")
        int limit;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            EntityType wanted = type == null ? null : parseType(type);
            PrintWriter out = spec.commandLine().getOut();
            try (Library library = Library.openExisting(archive.directory())) {
                List<AuthorityRecord> records = library.authority().records().stream()
                        .filter(r -> wanted == null || r.type() == wanted).toList();
                records.stream().limit(limit == 0 ? Long.MAX_VALUE : limit).forEach(r ->
                        out.printf("%-28s %-12s %-40s %d forms%s%n", r.id(), r.type().name().toLowerCase(), r.label(),
                                r.activeLabels().size(), r.status().isMerged() ? " (merged into " + r.status().mergedInto() + ")" : ""));
                out.printf("%d records%n", records.size());
                return Fond.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one record, by id or by any form of its name.")
    static final class Show implements Callable<Integer> {
        @Mixin
        ArchiveOption archive;
        @Parameters(paramLabel = "ID|NAME")
        String key;
        @Option(names = "--format", defaultValue = "text", description = "text or json.")
        String format;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Library library = Library.openExisting(archive.directory())) {
                Authority authority = library.authority();
                List<AuthorityRecord> found = authority.get(key).map(List::of).orElseGet(() -> authority.find(key));
                if (found.isEmpty()) {
                    spec.commandLine().getErr().println("fond: no authority record has the id or name '" + key + "'");
                    return Fond.PARTIAL;
                }
                for (AuthorityRecord r : found) {
                    if (format.equals("json")) {
                        out.print(AuthorityJson.toJsonLines(List.of(r)));
                    } else {
                        printText(out, r);
                    }
                }
                return Fond.OK;
            }
        }

        private static void printText(PrintWriter out, AuthorityRecord r) {
            out.printf("%s  %s  [%s]%n", r.id(), r.label(), r.type().name().toLowerCase());
            out.printf("  status: %s%n", r.status().isMerged() ? "merged into " + r.status().mergedInto()
                    : r.status().state().name().toLowerCase());
            r.prefLabel().forEach((lang, label) -> out.printf("  preferred (%s): %s%n", lang, label));
            if (r.disambiguation() != null) {
                out.printf("  note: %s%n", r.disambiguation());
            }
            for (NameVariant v : r.labels()) {
                out.printf("  %-32s %-13s %s%s%s%s%n", v.value(), v.kind().name().toLowerCase(),
                        Optional.ofNullable(v.scheme()).orElse(""), v.generated() ? " generated" : "",
                        v.rejected() ? " REJECTED" : "", v.attestedIn().isEmpty() ? "" : " attested " + v.attestedIn());
            }
            for (Role role : r.roles()) {
                out.printf("  role: %s%s%s%n", role.role(), role.from() == null ? "" : " from " + role.from(),
                        role.to() == null ? "" : " to " + role.to());
            }
            for (ExternalId id : r.externalIds()) {
                out.printf("  %s: %s%s%n", id.scheme(), id.value(), id.scope() == null ? "" : " (in " + id.scope() + ")");
            }
            if (!r.notSameAs().isEmpty()) {
                out.printf("  not the same as: %s%n", String.join(", ", r.notSameAs()));
            }
            for (Change c : r.changeLog()) {
                out.printf("  %s %s by %s%s%s%n", c.at(), c.action(), c.who(), c.other() == null ? "" : " " + c.other(),
                        c.why() == null ? "" : " — " + c.why());
            }
        }
    }

    /** The reviewer's edits share: open, edit in memory, store atomically. */
    abstract static class Edit implements Callable<Integer> {
        @Mixin
        ArchiveOption archive;
        @Option(names = "--why", required = true, description = "The reason, kept in the change log.")
        String why;
        @Option(names = "--who", description = "Who decided (default: the login name).")
        String who;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Library library = Library.openExisting(archive.directory())) {
                Authority authority = library.authority();
                try {
                    String done = edit(authority, reviewer(who));
                    ArchiveAuthority.store(library.directory(), authority);
                    spec.commandLine().getOut().println(done);
                    return Fond.OK;
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), Fond.PARTIAL);
                }
            }
        }

        abstract String edit(Authority authority, String reviewer);
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merges FROM into INTO: FROM's names find INTO from now on. Refused across a not-the-same-as constraint.")
    static final class Merge extends Edit {
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        String edit(Authority authority, String reviewer) {
            authority.merge(from, into, reviewer, why);
            return "Merged " + from + " into " + into + ".";
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Reverses the merge of ID: it stands alone again.")
    static final class Split extends Edit {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        String edit(Authority authority, String reviewer) {
            authority.split(id, reviewer, why);
            return "Split " + id + " off again.";
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects a name form of ID: it is no longer found or offered.")
    static final class Reject extends Edit {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "FORM")
        String form;

        @Override
        String edit(Authority authority, String reviewer) {
            authority.rejectVariant(id, form, reviewer, why);
            return "Rejected '" + form + "' on " + id + ".";
        }
    }

    @Command(name = "candidates", mixinStandardHelpOptions = true,
            description = "Names found in the records that no authority record holds, most frequent first: "
                    + "the proposals for new authority records (review them, then add or merge).")
    static final class Candidates implements Callable<Integer> {
        @Mixin
        ArchiveOption archive;
        @Option(names = "--type", description = "person, organization or place (default: all three).")
        String type;
        @Option(names = "--min", defaultValue = "2", description = "Only names found at least this often (default ${DEFAULT-VALUE}).")
        int min;
        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}; 0 for all).")
        int limit;
        @Spec
        CommandLine.Model.CommandSpec spec;

        /** One proposed name: how often it was found and in which records (the first few). */
        private static final class Proposal {
            final String type;
            final String surface;
            int count;
            final java.util.Set<String> records = new java.util.LinkedHashSet<>();

            Proposal(String type, String surface) {
                this.type = type;
                this.surface = surface;
            }
        }

        @Override
        public Integer call() {
            String wanted = type == null ? null : parseType(type).name().toLowerCase();
            Map<String, Proposal> byName = new java.util.HashMap<>();
            try (Library library = Library.openExisting(archive.directory());
                 var records = library.storedRecords()) {
                records.forEach(r -> {
                    com.fasterxml.jackson.databind.JsonNode json = org.fond.store.json.RecordJson.parse(r.json());
                    for (com.fasterxml.jackson.databind.JsonNode m : json.path("mentions")) {
                        String t = m.path("type").asText();
                        boolean name = t.equals("person") || t.equals("organization") || t.equals("place");
                        if (!name || !m.path("entity").isNull() && !m.path("entity").isMissingNode()
                                || wanted != null && !wanted.equals(t)) {
                            continue;
                        }
                        String surface = m.path("surface").asText().replaceAll("\\s+", " ").strip();
                        Proposal p = byName.computeIfAbsent(t + "\t" + surface, k -> new Proposal(t, surface));
                        p.count++;
                        if (p.records.size() < 3) {
                            p.records.add(r.recordId());
                        }
                    }
                });
            }
            PrintWriter out = spec.commandLine().getOut();
            List<Proposal> ranked = byName.values().stream().filter(p -> p.count >= min)
                    .sorted(java.util.Comparator.comparingInt((Proposal p) -> -p.count).thenComparing(p -> p.surface))
                    .toList();
            ranked.stream().limit(limit == 0 ? Long.MAX_VALUE : limit).forEach(p ->
                    out.printf("%6d  %-12s %-40s e.g. %s%n", p.count, p.type, p.surface, String.join(", ", p.records)));
            out.printf("%d unlinked names found at least %d times%n", ranked.size(), min);
            return Fond.OK;
        }
    }

    static EntityType parseType(String type) {
        return switch (type.toLowerCase()) {
            case "person", "per" -> EntityType.PERSON;
            case "organization", "organisation", "org" -> EntityType.ORGANIZATION;
            case "place", "plc" -> EntityType.PLACE;
            case "concept", "term", "cpt" -> EntityType.CONCEPT;
            default -> throw new UserError("unknown type '" + type + "': use person, organization, place or concept",
                    Fond.USAGE);
        };
    }
}
