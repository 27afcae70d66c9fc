package org.crimeledger.exchange;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test help for extract imports: the fixture folders, and an import that starts as if the extract had never been
 * imported (the database tests also run against a shared server that keeps earlier runs' rows).
 */
final class ImportedExtracts {

    static final List<String> TABLES = List.of("interchange_incident", "interchange_decision", "interchange_victim",
            "interchange_crime", "interchange_outcome", "interchange_cancellation", "interchange_reclassification",
            "interchange_import_finding", "interchange_import_file");

    private ImportedExtracts() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportedExtracts.class.getResource("/interchange/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports the folder, first forgetting an earlier import of the same files. */
    static ExtractImport fresh(InterchangeImport importer, JdbcClient jdbc, Path folder) {
        ExtractImport result = importer.importExtract(folder, "test", ImportProgress.NONE);
        if (result.status() == ExtractImport.Status.ALREADY_IMPORTED) {
            forget(jdbc, result.importId());
            result = importer.importExtract(folder, "test", ImportProgress.NONE);
        }
        return result;
    }

    /**
     * Deletes an import and every row it loaded, or nothing at all. An import that audit plans sample is refused, naming
     * the plans: deleting it would take the incidents of their samples away (the database refuses it by its foreign
     * key too, but only after the rows of the other tables had gone, one statement at a time). A test that plans audits
     * over an extract gives the extract a row of its own in each run, so it is imported afresh rather than forgotten.
     */
    static void forget(JdbcClient jdbc, long importId) {
        List<String> plans = plansUsing(jdbc, importId);
        if (!plans.isEmpty()) {
            throw new IllegalStateException("Import " + importId + " is not forgotten: audit plan"
                    + (plans.size() == 1 ? " " + plans.get(0) + " samples" : "s " + String.join(", ", plans) + " sample")
                    + " its incidents");
        }
        // one statement, so the import and its rows go together or not at all
        StringBuilder statement = new StringBuilder("with ");
        for (int i = 0; i < TABLES.size(); i++) {
            statement.append(i == 0 ? "" : ", ").append("d").append(i).append(" as (delete from ")
                    .append(TABLES.get(i)).append(" where import_id = :id)");
        }
        statement.append(" delete from interchange_import where id = :id");
        jdbc.sql(statement.toString()).param("id", importId).update();
    }

    /** The audit plans drawn from the import, as "id (name)". */
    static List<String> plansUsing(JdbcClient jdbc, long importId) {
        return jdbc.sql("select id || ' (' || name || ')' from audit_plan where extract_import_id = :id order by id")
                .param("id", importId).query(String.class).list();
    }

    static long rows(JdbcClient jdbc, String table, long importId) {
        return jdbc.sql("select count(*) from " + table + " where import_id = :id").param("id", importId)
                .query(Long.class).single();
    }
}
