package org.crimeledger.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.crimeledger.exchange.internal.FileSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test help: the fixture files, and forgetting their imports so a test starts as if they had never been imported
 * (the database tests also run against a shared server that keeps earlier runs' rows).
 */
final class ImportedFiles {

    private ImportedFiles() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportedFiles.class.getResource("/police-uk/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void forget(JdbcClient jdbc, List<Path> files) {
        for (Path file : PoliceUkImport.filesIn(files)) {
            String sha256;
            try {
                sha256 = FileSource.fileSha256(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Long> ids = jdbc.sql("select id from police_uk_import where file_sha256 = :sha union "
                    + "select id from police_uk_import where same_as in "
                    + "(select id from police_uk_import where file_sha256 = :sha) union "
                    + "select same_as from police_uk_import where file_sha256 = :sha and same_as is not null")
                    .param("sha", sha256).query(Long.class).list();
            for (Long id : ids) {
                for (PoliceUkFileKind kind : PoliceUkFileKind.values()) {
                    jdbc.sql("drop table if exists " + kind.table() + "_" + id).update();
                }
                jdbc.sql("delete from police_uk_import_finding where import_id = :id").param("id", id).update();
            }
            if (!ids.isEmpty()) {
                jdbc.sql("delete from police_uk_import where id in (:ids) and same_as is not null").param("ids", ids).update();
                jdbc.sql("delete from police_uk_import where id in (:ids)").param("ids", ids).update();
            }
        }
    }
}
