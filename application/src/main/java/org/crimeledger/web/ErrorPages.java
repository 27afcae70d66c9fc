package org.crimeledger.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the servlet container forwards to {@code /error}: a problem+json body for the
 * API, a GOV.UK page for people (with no stack trace or exception text, which could leak data).
 */
@Controller
class ErrorPages implements ErrorController {

    @PreAuthorize("permitAll()")
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        String view = switch (status) {
            case NOT_FOUND, FORBIDDEN -> "error/" + status.value();
            default -> status.is4xxClientError() ? "error/4xx" : "error/500";
        };
        return new ModelAndView(view, Map.of("status", status.value(), "reason", status.getReasonPhrase()), status);
    }

    @PreAuthorize("permitAll()")
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        if (status == HttpStatus.NOT_FOUND) {
            problem.setDetail("No such resource: " + path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
