package org.fond.search;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fond.core.model.Record;

/**
 * The texts of the records a test indexed, every version kept as a catalog keeps them: what the
 * archive's catalog is to an index in production. {@link #indexing} hands records to both.
 */
public final class MemoryTexts implements RecordTexts {
    private final Map<String, List<String>> versions = new ConcurrentHashMap<>();

    /** Keeps the record's text as its newest version. */
    public void add(Record record) {
        add(record.id(), record.text().plain());
    }

    /** Keeps {@code text} as the newest version of record {@code id}. */
    public void add(String id, String text) {
        versions.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>())).add(text);
    }

    @Override
    public Map<String, String> current(Collection<String> recordIds) {
        Map<String, String> found = new HashMap<>();
        for (String id : recordIds) {
            List<String> all = versions.get(id);
            if (all != null) {
                found.put(id, all.get(all.size() - 1));
            }
        }
        return found;
    }

    @Override
    public List<String> versions(String recordId) {
        List<String> newestFirst = new ArrayList<>(versions.getOrDefault(recordId, List.of()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * {@code index}, each record it is given kept here as well, as an ingest stores it in the catalog;
     * every other call passes straight through (a proxy, so that no method of the interface is written
     * out again here).
     */
    public SearchIndex indexing(SearchIndex index) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("index") && args != null && args.length == 1 && args[0] instanceof Record r) {
                add(r);
            }
            try {
                return method.invoke(index, args);
            } catch (InvocationTargetException e) {
                throw e.getCause(); // what the index threw, as it threw it
            }
        };
        return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(),
                new Class<?>[] {SearchIndex.class}, handler);
    }
}
