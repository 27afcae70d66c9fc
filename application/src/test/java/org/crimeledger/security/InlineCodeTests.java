package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy refuses inline script and style (ADR 0017), so none may be written: no script
 * element without {@code src}, no style element or attribute, no event-handler attribute, no
 * {@code javascript:} address, in any template or in markup built by Java code.
 */
class InlineCodeTests {

    static final Path TEMPLATES = Path.of("application/src/main/resources/templates");
    static final Path SOURCES = Path.of("application/src/main/java");

    private static final List<Pattern> INLINE = List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?style=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\s(th:)?on[a-z]+=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE));

    @Test
    void templatesHaveNoInlineScriptOrStyle() throws IOException {
        assertThat(offences(TEMPLATES, ".html")).isEmpty();
    }

    @Test
    void markupBuiltInJavaHasNoInlineStyle() throws IOException {
        assertThat(offences(SOURCES, ".java").stream().filter(line -> line.contains("style=\\\""))).isEmpty();
    }

    @Test
    void theScanReadsTheTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            assertThat(files.filter(file -> file.toString().endsWith(".html")).count()).isGreaterThan(30);
        }
    }

    private static List<String> offences(Path root, String suffix) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(file -> file.toString().endsWith(suffix)).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern pattern : INLINE) {
                        Matcher matcher = pattern.matcher(lines.get(i));
                        if (matcher.find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        return found;
    }
}
