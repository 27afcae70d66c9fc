package org.crimeledger.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.crimeledger.DatabaseTest;
import org.crimeledger.exchange.ImportRun;
import org.crimeledger.exchange.ImportRuns;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import and data-quality pages: who may use them, an upload followed to its end, the CSV. */
@DatabaseTest
class PoliceUkImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportRuns runs;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "CALL_HANDLER", "CRIME_REGISTRAR", "PCC", "VICTIM_SERVICE"})
    void rolesWithoutTheNeedMayNotImportOrSeeTheChecks(Role role) throws Exception {
        mvc.perform(get("/imports/police-uk").with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
        mvc.perform(get("/data-quality").with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
        mvc.perform(get("/data-quality.csv").with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
    }

    @Test
    void anUploadedFileIsImportedAndItsProgressPageShowsTheOutcome() throws Exception {
        String crimeId = sha256(UUID.randomUUID().toString());
        String file = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
                + "Last outcome category,Context\n"
                + crimeId + ",2019-03,Testshire Police,Testshire Police,-1.5,52.5,On or near Mill Lane,E01000001,"
                + "Testshire 001A,Robbery,Under investigation,\n"
                + crimeId + ",2019-13,Testshire Police,Testshire Police,-1.5,52.5,On or near Mill Lane,E01000001,"
                + "Testshire 001A,Robbery,Under investigation,\n";

        MvcResult started = mvc.perform(multipart("/imports/police-uk")
                        .file(new MockMultipartFile("files", "../2019-03-testshire-street.csv", "text/csv",
                                file.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user("analyst").roles("ANALYST")))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/imports/police-uk/runs/");
        ImportRun run = runs.find(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
        for (int i = 0; i < 600 && run.running(); i++) {
            Thread.sleep(100);
        }
        assertThat(run.running()).as("the import finished within a minute").isFalse();

        mvc.perform(get(location).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import finished")))
                .andExpect(content().string(containsString("2 rows read, 1 loaded, 1 rejected")))
                .andExpect(content().string(containsString("not a month as YYYY-MM")));
    }

    @Test
    void noFileChosenIsAnErrorNamingTheField() throws Exception {
        mvc.perform(multipart("/imports/police-uk").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#files\"")));
    }

    @Test
    void theChecksAreAPageAndACsv() throws Exception {
        mvc.perform(get("/data-quality").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Duplicate Crime ID")))
                .andExpect(content().string(containsString("Outcome dated before its crime")));
        mvc.perform(get("/data-quality.csv").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("data-quality.csv")))
                .andExpect(content().string(containsString("check,force,month,category,crime_id,count,detail")));
    }

    @Test
    void uploadedNamesLoseTheirFolders() {
        assertThat(PoliceUkImportPages.safeName("../../etc/passwd", 1)).isEqualTo("1-passwd.csv");
        assertThat(PoliceUkImportPages.safeName("C:\\data\\2018-10-kent-street.csv.gz", 2))
                .isEqualTo("2-2018-10-kent-street.csv.gz");
        assertThat(PoliceUkImportPages.safeName(null, 3)).isEqualTo("3-upload-3.csv");
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
