package org.crimeledger.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a valid JSON request into a malformed one, one kind of damage at a time, reproducibly from a seed. */
final class JsonMutations {

    enum Kind {
        WRONG_TYPE, HUGE_STRING, UNICODE, MISSING_FIELD, EXTRA_FIELD, DEEP_NESTING, NULL_FIELD, HUGE_NUMBER,
        INJECTION, TRUNCATED, BYTE_FLIP, NOT_JSON, WRONG_CONTENT_TYPE, EMPTY_BODY, BAD_PATH
    }

    record Mutated(Kind kind, String path, String contentType, byte[] body) {
    }

    static final List<String> STRANGE_TEXT = List.of(
            "\u0000", "\uFEFFbom", "Zoë Ōsaka 山田 Łódź", "\u202Eevil\u202C", "😀🚓👮‍♀️", "e\u0301\u0301\u0301",
            "\uD800", "\\", "\"", "\r\n\t", "%00", "../../etc/passwd", "${jndi:ldap://x}", "{{7*7}}", "\u2028\u2029");
    static final List<String> INJECTIONS = List.of(
            "'; drop table crime; --", "' or '1'='1", "1; select pg_sleep(5)", "\" onmouseover=\"alert(1)",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</td><b>bold</b>", "javascript:alert(1)");

    private static final String DEEP = "\u0001deep\u0001";

    private final Random random;
    private final JsonMapper json;

    JsonMutations(Random random, JsonMapper json) {
        this.random = random;
        this.json = json;
    }

    Mutated mutate(String path, String validBody) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        String contentType = MediaType.APPLICATION_JSON_VALUE;
        byte[] bytes = validBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        switch (kind) {
            case TRUNCATED -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length)));
            case BYTE_FLIP -> {
                bytes = bytes.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case NOT_JSON -> bytes = pick(List.of("<xml/>", "null", "[]", "42", "\"text\"", "{", "}{", "{\"a\":}",
                    "\u00ff\u00fe", "{\"version\":0}{\"version\":1}")).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            case WRONG_CONTENT_TYPE -> contentType = pick(List.of("text/plain", "application/xml",
                    "application/x-www-form-urlencoded", "multipart/form-data", "application/json;charset=utf-16"));
            case EMPTY_BODY -> bytes = new byte[0];
            case BAD_PATH -> path = badPath(path);
            default -> {
                String mutated = json.writeValueAsString(mutateTree(kind, json.readTree(validBody)));
                // Deep nesting is spliced in as text: the writer itself refuses to nest beyond 500.
                bytes = mutated.replace("\"" + DEEP + "\"", deep(pick(List.of(50, 600, 5_000))))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return new Mutated(kind, path, contentType, bytes);
    }

    private JsonNode mutateTree(Kind kind, JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>(target.propertyNames());
        String field = names.isEmpty() ? "field" : names.get(random.nextInt(names.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (kind) {
            case WRONG_TYPE -> target.set(field, pick(List.<JsonNode>of(nodes.numberNode(123), nodes.numberNode(-1),
                    nodes.numberNode(1.5e308), nodes.booleanNode(true), nodes.arrayNode(), nodes.objectNode(),
                    nodes.stringNode("text"), nodes.stringNode("2026-13-45"), nodes.arrayNode().add("x").add(1))));
            case HUGE_STRING -> target.put(field, "A".repeat(pick(List.of(5_001, 70_000, 1_000_000))));
            case UNICODE -> target.put(field, pick(STRANGE_TEXT));
            case MISSING_FIELD -> target.remove(field);
            case EXTRA_FIELD -> target.put("unexpected" + random.nextInt(5), pick(List.of("x", "<b>", "")));
            case DEEP_NESTING -> target.put(field, DEEP);
            case NULL_FIELD -> target.putNull(field);
            case HUGE_NUMBER -> target.set(field, pick(List.<JsonNode>of(
                    nodes.numberNode(new java.math.BigInteger("99999999999999999999999999")),
                    nodes.numberNode(Long.MIN_VALUE), nodes.numberNode(Integer.MAX_VALUE),
                    nodes.numberNode(new java.math.BigDecimal("1e400")), nodes.numberNode(-0.000001))));
            case INJECTION -> target.put(field, pick(INJECTIONS));
            default -> throw new IllegalStateException(kind.name());
        }
        return root;
    }

    private static String deep(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            open.append(i % 2 == 0 ? "[" : "{\"a\":");
            close.insert(0, i % 2 == 0 ? "]" : "}");
        }
        return open + "\"bottom\"" + close;
    }

    private String badPath(String path) {
        String[] segments = path.split("/");
        int last = segments.length - 1 - random.nextInt(Math.min(3, segments.length - 3));
        segments[last] = pick(List.of("-1", "0", "99999999999999999999", "abc", "%00", "%C0%AF", "..",
                "x".repeat(3000), "%F0%9F%98%80", "1;drop", "1.5", "%27%20or%201%3D1"));
        return String.join("/", segments);
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        Iterator<JsonNode> children = node.iterator();
        while (children.hasNext()) {
            collect(children.next(), objects);
        }
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
