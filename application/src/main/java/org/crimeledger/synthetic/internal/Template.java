package org.crimeledger.synthetic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A text with {@code {slot}} placeholders, split once so that filling millions of them stays cheap. */
public final class Template {

    private final String[] parts;

    private Template(String[] parts) {
        this.parts = parts;
    }

    public static Template of(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf('{', from);
            if (open < 0) {
                parts.add(text.substring(from));
                return new Template(parts.toArray(String[]::new));
            }
            int close = text.indexOf('}', open);
            parts.add(text.substring(from, open));
            parts.add(text.substring(open + 1, close));
            from = close + 1;
        }
    }

    /** Even parts are literal text, odd parts slot names. */
    public String fill(Function<String, String> slots) {
        StringBuilder text = new StringBuilder(400);
        for (int i = 0; i < parts.length; i++) {
            text.append(i % 2 == 0 ? parts[i] : slots.apply(parts[i]));
        }
        return text.toString();
    }

    static List<Template> all(String... texts) {
        return Arrays.stream(texts).map(Template::of).toList();
    }
}
