package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoint access matrix: for every endpoint we map, which roles may call it, written out in
 * {@link AccessMatrix} so a change of access is a visible change of this table. The test fails when an
 * endpoint has no row (a new endpoint must be given one), when a row names an endpoint that no longer
 * exists, when an endpoint's {@code @PreAuthorize} grants a different set of roles, and when a role outside
 * a row is not refused over HTTP.
 */
@DatabaseTest
class AccessMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Map<String, HandlerMethod> endpoints = endpoints();
        Map<String, String> missing = new TreeMap<>();
        endpoints.forEach((endpoint, handler) -> {
            if (!AccessMatrix.ROWS.containsKey(endpoint)) {
                missing.put(endpoint, AccessMatrix.describe(granted(handler)));
            }
        });
        assertThat(missing).as("endpoints without a row in AccessMatrix; add them as:\n" + missing.entrySet().stream()
                .map(entry -> "            row(\"" + entry.getKey() + "\", \"" + entry.getValue() + "\"),")
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(AccessMatrix.ROWS.keySet()).as("rows for endpoints that no longer exist")
                .allMatch(endpoints::containsKey);
    }

    @Test
    void eachEndpointGrantsExactlyTheRolesOfItsRow() {
        List<String> differences = new ArrayList<>();
        endpoints().forEach((endpoint, handler) -> {
            Set<Role> expected = AccessMatrix.ROWS.get(endpoint);
            Set<Role> granted = granted(handler);
            if (expected != null && !expected.equals(granted)) {
                differences.add(endpoint + ": the table says " + AccessMatrix.describe(expected)
                        + ", the code grants " + AccessMatrix.describe(granted));
            }
        });
        assertThat(differences).isEmpty();
    }

    /**
     * Over HTTP, each role outside an endpoint's row is refused with 403, and each role inside it is not
     * refused and gets no server error (path variables are given the value 1, so most answers are 404).
     * API posts are left to the expression check above: their body is read before the role is checked.
     */
    @Test
    void rolesOutsideARowAreRefusedOverHttpAndRolesInsideItAreServed() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Role>> row : AccessMatrix.ROWS.entrySet()) {
            String[] parts = row.getKey().split(" ", 2);
            String method = parts[0];
            String path = parts[1].replaceAll("\\{[^}]+}", "1");
            if (AccessMatrix.PUBLIC.equals(row.getValue()) || path.equals("/error") || path.startsWith("/sign-in")) {
                continue;
            }
            boolean api = path.startsWith("/api/");
            if (!method.equals("GET") && api) {
                continue;
            }
            for (Role role : Role.values()) {
                boolean allowed = row.getValue().contains(role);
                if (!allowed || method.equals("GET")) {
                    var request = method.equals("GET") ? get(path) : post(path).with(csrf());
                    int status = mvc.perform(request.with(user("matrix." + role.name().toLowerCase())
                            .roles(role.name()))).andReturn().getResponse().getStatus();
                    if (allowed ? status == 403 || status >= 500 : status != 403) {
                        wrong.add(row.getKey() + " as " + role + ": " + status);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (handler.getBeanType().getName().startsWith("org.springdoc.")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            String methods = info.getMethodsCondition().getMethods().isEmpty() ? "ANY"
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(","));
            for (String pattern : info.getPatternValues()) {
                String produces = info.getProducesCondition().getProducibleMediaTypes().stream()
                        .anyMatch(type -> type.getSubtype().equals("html")) ? " (html)" : "";
                endpoints.put(methods + " " + pattern + produces, handler);
            }
        }
        return endpoints;
    }

    /** The roles the handler's {@code @PreAuthorize} lets in, found by evaluating it as each role. */
    private Set<Role> granted(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return EnumSet.noneOf(Role.class);
        }
        Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
        if (Boolean.TRUE.equals(expression.getValue(expressions.createEvaluationContext(
                () -> new org.springframework.security.authentication.AnonymousAuthenticationToken("key", "anonymous",
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ANONYMOUS"))),
                invocation(handler)), Boolean.class))) {
            return AccessMatrix.PUBLIC;
        }
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            var authentication = new TestingAuthenticationToken("matrix", "n/a", role.authority());
            if (Boolean.TRUE.equals(expression.getValue(
                    expressions.createEvaluationContext(() -> authentication, invocation(handler)), Boolean.class))) {
                granted.add(role);
            }
        }
        return granted;
    }

    private static SimpleMethodInvocation invocation(HandlerMethod handler) {
        return new SimpleMethodInvocation(handler.getBean(), handler.getMethod(),
                new Object[handler.getMethod().getParameterCount()]);
    }
}
