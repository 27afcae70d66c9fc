package org.crimeledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} before its arguments are read. Method security alone checks it
 * after the body is parsed and validated, so a role with no access would be told what a valid request looks
 * like (400 with the fields) instead of 403. Method security still runs afterwards; this only refuses earlier.
 * Every rule is about roles (the access matrix test evaluates each one), so no argument is needed to decide.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AccessBeforeArguments implements WebMvcConfigurer, HandlerInterceptor {

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

    AccessBeforeArguments(ApplicationContext context) {
        expressions.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null || SecurityContextHolder.getContext().getAuthentication() == null) {
            return true;
        }
        Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
        var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                new Object[method.getMethod().getParameterCount()]);
        var context = expressions.createEvaluationContext(
                () -> SecurityContextHolder.getContext().getAuthentication(), invocation);
        if (!Boolean.TRUE.equals(expression.getValue(context, Boolean.class))) {
            throw new AccessDeniedException("Your role does not allow this request.");
        }
        return true;
    }
}
