package org.crimeledger.web;

import org.springframework.http.HttpStatus;

/**
 * Thrown by an API controller for a request that is well-formed but refused for what it says:
 * an unknown code (404/422) or a conflict with the record's state (409). Names the field at fault.
 */
public class InvalidRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String field;
    private final transient Object rejectedValue;

    public InvalidRequestException(HttpStatus status, String title, String field, Object rejectedValue, String reason) {
        super(reason);
        this.status = status;
        this.title = title;
        this.field = field;
        this.rejectedValue = rejectedValue;
    }

    public static InvalidRequestException unknown(String field, Object value, String what) {
        return new InvalidRequestException(HttpStatus.NOT_FOUND, "Not found", field, value,
                "There is no " + what + " '" + value + "'");
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }
}
