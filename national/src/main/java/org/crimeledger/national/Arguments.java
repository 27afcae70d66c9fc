package org.crimeledger.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value...} options after the command's name; an option may take several values. */
final class Arguments {

    private final Map<String, List<String>> values = new HashMap<>();

    Arguments(String[] args, int from, Set<String> known) {
        String current = null;
        for (int i = from; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                current = args[i].substring(2);
                if (!known.contains(current)) {
                    throw new IllegalArgumentException("Unknown option --" + current + "; known: " + known);
                }
                values.computeIfAbsent(current, name -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("A value with no option before it: " + args[i]);
            } else {
                values.get(current).add(args[i]);
            }
        }
    }

    String one(String name, String otherwise) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? otherwise : given.get(given.size() - 1);
    }

    String required(String name) {
        String value = one(name, null);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    List<Path> paths(String name) {
        return values.getOrDefault(name, List.of()).stream().map(Path::of).toList();
    }
}
