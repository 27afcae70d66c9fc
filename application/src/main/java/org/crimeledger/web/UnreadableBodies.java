package org.crimeledger.web;

import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says, in words a client developer can act on, why a request body could not be read: which field had the
 * wrong type, where the JSON broke off, what limit it passed. Never the parser's own message, which names
 * Java classes.
 */
final class UnreadableBodies {

    /** The field at fault ({@code body} when it is the body as a whole) and the reason. */
    record Reason(String field, String reason) {
    }

    private UnreadableBodies() {
    }

    static Reason of(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause == null) {
            return new Reason("body", "The request needs a JSON body.");
        }
        if (cause instanceof StreamConstraintsException limit) {
            String message = String.valueOf(limit.getOriginalMessage());
            String what = message.contains("nesting") ? "nests arrays or objects too deeply"
                    : message.contains("String value length") ? "has a text value too long to read"
                    : message.contains("Number value length") ? "has a number with too many digits"
                    : "passes a size limit";
            return new Reason("body", "The JSON body " + what + at(limit.getLocation()) + ".");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new Reason(path(unknown), "This field is not part of the request.");
        }
        if (cause instanceof ValueInstantiationException) {
            return new Reason(path((JacksonException) cause), "This value cannot be used here.");
        }
        if (cause instanceof InvalidFormatException format) {
            return new Reason(path(format), "The value " + quoted(format.getValue()) + " is not "
                    + expected(format.getTargetType()) + ".");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            return new Reason(field, field.equals("body") ? "The JSON body must be an object."
                    : "This field must be " + expected(mismatch.getTargetType()) + ".");
        }
        if (cause instanceof UnexpectedEndOfInputException end) {
            return new Reason("body", "The JSON body ends too early" + at(end.getLocation()) + ".");
        }
        if (cause instanceof StreamReadException malformed) {
            return new Reason("body", "The body is not valid JSON" + at(malformed.getLocation())
                    + " (it must be UTF-8 JSON text).");
        }
        if (cause instanceof JacksonException other) {
            return new Reason(path(other), "This value cannot be read.");
        }
        return new Reason("body", "The request body could not be read as JSON.");
    }

    private static String path(JacksonException ex) {
        if (ex.getPath() == null || ex.getPath().isEmpty()) {
            return "body";
        }
        return ex.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            String names = java.util.Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
            return "one of " + (names.length() > 300 ? names.substring(0, 300) + "…" : names);
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number within range";
            case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "text";
            case "LocalDate" -> "a date such as 2026-03-31";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a date and time such as 2026-03-31T14:05:00Z";
            case "LocalTime" -> "a time such as 14:05";
            case "List", "Set", "Collection" -> "a list";
            default -> type.isArray() ? "a list" : "an object of the documented shape";
        };
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
