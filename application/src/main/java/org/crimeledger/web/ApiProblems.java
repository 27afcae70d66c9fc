package org.crimeledger.web;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error raised by an API controller into RFC 9457 problem+json; validation problems
 * list each field with the reason it was refused, so a client can correct exactly that field.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** One refused field: its name as the client sent it, the value it sent, and why it was refused. */
    record FieldProblem(String field, Object rejectedValue, String reason) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::toFieldProblem)
                .toList();
        ProblemDetail problem = ex.getBody();
        problem.setTitle("Invalid request");
        problem.setDetail(summary(fields));
        problem.setProperty("errors", fields);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                result.getArgument(), error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ex.getBody();
        problem.setTitle("Invalid request");
        problem.setDetail(summary(fields));
        problem.setProperty("errors", fields);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        UnreadableBodies.Reason reason = UnreadableBodies.of(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                reason.field().equals("body") ? reason.reason() : reason.field() + ": " + reason.reason());
        problem.setTitle("Unreadable request");
        problem.setProperty("errors", List.of(new FieldProblem(reason.field(), null, reason.reason())));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * PostgreSQL refuses text with a NUL character (U+0000), which JSON can carry; the change is rolled back
     * whole, and the client is told which character to remove rather than getting a server error.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(DataIntegrityViolationException ex) {
        if (!Texts.isNulCharacterRefusal(ex)) {
            throw ex;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Texts.NUL_REFUSED);
        problem.setTitle("Invalid request");
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A request the service understood but refuses because of what it says, for example an unknown code. */
    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setTitle(ex.title());
        problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.rejectedValue(), ex.getMessage())));
        return ResponseEntity.status(ex.status()).body(problem);
    }

    private static FieldProblem toFieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getRejectedValue(), error.getDefaultMessage());
    }

    private static String summary(List<FieldProblem> fields) {
        return fields.stream().map(field -> field.field() + ": " + field.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid");
    }
}
