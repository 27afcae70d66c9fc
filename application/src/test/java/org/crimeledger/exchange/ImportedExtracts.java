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

    static void forget(JdbcClient jdbc, long importId) {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where import_id = :id").param("id", importId).update();
        }
        jdbc.sql("delete from interchange_import where id = :id").param("id", importId).update();
    }

    static long rows(JdbcClient jdbc, String table, long importId) {
        return jdbc.sql("select count(*) from " + table + " where import_id = :id").param("id", importId)
                .query(Long.class).single();
    }
}
