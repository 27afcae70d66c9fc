package org.crimeledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the standard and the statistics are plain Java: no framework, no database, so they
 * can be read, tested and reused (in batch jobs too) without the application around them.
 * {@code failOnEmptyShould} stays on, so a renamed package cannot make this pass vacuously.
 */
@AnalyzeClasses(packages = "org.crimeledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule rulesAndStatisticsUseNoSpringAndNoJdbc = noClasses()
            .that().resideInAnyPackage("org.crimeledger.rules..", "org.crimeledger.statistics..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..", "org.postgresql..")
            .because("rules and statistics must stay free of framework and persistence");
}
