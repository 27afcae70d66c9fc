package org.crimeledger.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Applies a bean only on the embedded default, that is when no {@code spring.datasource.url}
 * (or {@code SPRING_DATASOURCE_URL}) names a PostgreSQL server.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmbeddedDatabaseCondition.class)
public @interface OnEmbeddedDatabase {
}
