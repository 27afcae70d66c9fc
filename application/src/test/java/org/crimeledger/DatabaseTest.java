package org.crimeledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application against PostgreSQL: the embedded server by default, and a real
 * server as well when {@code CRIMELEDGER_TEST_DATABASE_URL} is set (the {@code server-postgres} Maven profile
 * runs every test tagged {@code database} a second time with {@code SPRING_DATASOURCE_URL} pointing at it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("database")
public @interface DatabaseTest {
}
