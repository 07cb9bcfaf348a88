package org.fond.core.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Forms grouped by their first character, in their given order, looked up by a character without
 * boxing it: the reference grammars ask at every word of every text, and a map keyed by
 * {@code Character} with lists walked by iterator made 5% of the bytes ingest allocated. Callers
 * walk the list by index.
 */
final class ByFirstChar<T> {
    /** Characters below this (Latin, Greek, Cyrillic) are looked up in an array; others in a map. */
    private static final int DENSE = 0x500;

    private final List<List<T>> dense;
    private final Map<Character, List<T>> sparse = new HashMap<>();

    ByFirstChar(List<T> items, Function<T, Character> key) {
        Map<Character, List<T>> grouped = new LinkedHashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<List<T>> table = new ArrayList<>(DENSE);
        for (int c = 0; c < DENSE; c++) {
            table.add(List.of());
        }
        grouped.forEach((c, group) -> {
            if (c < DENSE) {
                table.set(c, List.copyOf(group));
            } else {
                sparse.put(c, List.copyOf(group));
            }
        });
        this.dense = List.copyOf(table);
    }

    /** The forms beginning with {@code c}, in order; empty when none does. */
    List<T> get(char c) {
        return c < DENSE ? dense.get(c) : sparse.getOrDefault(c, List.of());
    }
}
