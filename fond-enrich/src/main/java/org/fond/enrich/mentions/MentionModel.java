package org.fond.enrich.mentions;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What the mention finder learned, kept together so that {@code fond annotate --model FILE} uses
 * exactly what was measured: the name entries, how often each entity was seen, and the person model.
 * Saved as a zip of {@code names.tsv} ({@code form, entity, type}), {@code prior.tsv} and
 * {@code person.bin} (OpenNLP's own format) with {@code ordinary.txt} and
 * {@code lowercase.txt}, the word lists it was trained with.
 */
public record MentionModel(List<NameDictionary.Entry> names, Map<String, Integer> prior, PersonModel person) {
    public MentionModel {
        names = List.copyOf(names);
        prior = Map.copyOf(prior);
    }

    public Linker linker() {
        return new Linker(NameDictionary.of(names), prior);
    }

    /** The full finder: dictionary, person model (when there is one) and rules. */
    public MentionFinder finder() {
        return new MentionFinder(linker(), person, true);
    }

    public void save(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            StringBuilder names = new StringBuilder();
            for (NameDictionary.Entry e : this.names) {
                names.append(clean(e.form())).append('\t').append(e.entityId() == null ? "" : clean(e.entityId()))
                        .append('\t').append(clean(e.type())).append('\n');
            }
            put(zip, "names.tsv", names.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder prior = new StringBuilder();
            this.prior.forEach((id, n) -> prior.append(clean(id)).append('\t').append(n).append('\n'));
            put(zip, "prior.tsv", prior.toString().getBytes(StandardCharsets.UTF_8));
            if (person != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                person.save(bytes);
                put(zip, "person.bin", bytes.toByteArray());
                put(zip, "ordinary.txt", String.join("\n", person.ordinary()).getBytes(StandardCharsets.UTF_8));
                put(zip, "lowercase.txt", String.join("\n", person.lowercase()).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    public static MentionModel load(Path file) throws IOException {
        List<NameDictionary.Entry> names = new ArrayList<>();
        Map<String, Integer> prior = new HashMap<>();
        byte[] person = null;
        java.util.Set<String> ordinary = new java.util.HashSet<>();
        java.util.Set<String> lowercase = new java.util.HashSet<>();
        boolean read = false;
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                read |= entry.getName().equals("names.tsv");
                switch (entry.getName()) {
                    case "names.tsv" -> lines(bytes, f -> names.add(new NameDictionary.Entry(f[0],
                            f.length < 2 || f[1].isEmpty() ? null : f[1], f.length < 3 ? "person" : f[2])));
                    case "prior.tsv" -> lines(bytes, f -> prior.put(f[0], Integer.parseInt(f[1])));
                    case "person.bin" -> person = bytes;
                    case "ordinary.txt" -> lines(bytes, f -> ordinary.add(f[0]));
                    case "lowercase.txt" -> lines(bytes, f -> lowercase.add(f[0]));
                    default -> {
                        // other parts belong to a later version: ignored, not an error
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a mention model: " + e.getMessage(), e);
        }
        if (!read) {
            throw new IOException(file + " is not a mention model: it holds no names.tsv");
        }
        return new MentionModel(names, prior,
                person == null ? null : PersonModel.load(new ByteArrayInputStream(person), ordinary, lowercase));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void lines(byte[] bytes, java.util.function.Consumer<String[]> each) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    each.accept(line.split("\t", -1));
                }
            }
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
