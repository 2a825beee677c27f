package org.sourcebook.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sourcebook.account.ImportProblem.Kind;

/**
 * Finds the classes an import row's {@code class} value names. The value lists one or more classes
 * separated by {@code ;}. A class is named by its name, compared ignoring case and surrounding
 * spaces, or, when several teachers have a class of that name, as {@code teacher-username/Class name}.
 */
final class ImportClassNames {

    static final String SEPARATOR = ";";

    private final Map<String, List<ImportClass>> byName = new HashMap<>();
    private final Map<String, List<ImportClass>> byQualifiedName = new HashMap<>();

    ImportClassNames(List<ImportClass> classes) {
        for (ImportClass schoolClass : classes) {
            byName.computeIfAbsent(key(schoolClass.name()), name -> new ArrayList<>()).add(schoolClass);
            byQualifiedName.computeIfAbsent(qualifiedKey(schoolClass.ownerUsername(), schoolClass.name()),
                    name -> new ArrayList<>()).add(schoolClass);
        }
    }

    /** The classes {@code value} names, each once; a name that finds none or several adds a problem instead. */
    List<ImportClass> resolve(String value, List<ImportProblem> problems) {
        Map<UUID, ImportClass> found = new LinkedHashMap<>();
        for (String part : value.split(SEPARATOR)) {
            String typed = part.strip();
            if (typed.isEmpty()) {
                continue;
            }
            List<ImportClass> matches = matches(typed);
            if (matches.isEmpty()) {
                problems.add(ImportProblem.of(Kind.CLASS_NOT_FOUND, typed));
            } else if (matches.size() > 1) {
                problems.add(ImportProblem.of(Kind.CLASS_AMBIGUOUS, matches.stream().map(ImportClass::qualifiedName)
                        .sorted().distinct().collect(Collectors.joining(", "))));
            } else {
                found.putIfAbsent(matches.get(0).id(), matches.get(0));
            }
        }
        return List.copyOf(found.values());
    }

    private List<ImportClass> matches(String typed) {
        Map<UUID, ImportClass> matches = new LinkedHashMap<>();
        byName.getOrDefault(key(typed), List.of()).forEach(match -> matches.put(match.id(), match));
        int slash = typed.indexOf('/');
        if (slash > 0) {
            byQualifiedName.getOrDefault(qualifiedKey(typed.substring(0, slash), typed.substring(slash + 1)), List.of())
                    .forEach(match -> matches.put(match.id(), match));
        }
        return List.copyOf(matches.values());
    }

    private static String qualifiedKey(String owner, String name) {
        return key(owner) + "/" + key(name);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
