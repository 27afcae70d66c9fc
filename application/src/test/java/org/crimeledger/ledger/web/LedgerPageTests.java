package org.crimeledger.ledger.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerAppend;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class LedgerPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Ledger ledger;

    @Autowired
    PersonalDataAccessLog accessLog;

    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "CALL_HANDLER", "ANALYST", "PCC"})
    void rolesWithoutTheNeedMayNotSeeTheLedger(Role role) throws Exception {
        mvc.perform(get("/ledger").with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
    }

    @Test
    void anAuditorSeesTheVerificationTheLatestEntriesAndReadsOfPersonalData() throws Exception {
        String action = "PageTestNoteWritten" + Long.toString(System.nanoTime(), 36);
        new TransactionTemplate(transactions).executeWithoutResult(status -> ledger.append(new LedgerAppend(
                "test.officer", "OFFICER", action, "ledger_page_test", "1", "Because", null, "{\"n\": 1}")));
        accessLog.recordRead("test.victim-service", "VICTIM_SERVICE", "victim", "page-test", "Needs assessment call");

        mvc.perform(get("/ledger").with(user("someone").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Ledger</h1>")))
                .andExpect(content().string(containsString(" verified")))
                .andExpect(content().string(containsString(action)))
                .andExpect(content().string(containsString("Needs assessment call")));
    }

    @Test
    void theVerificationIsJsonForAuditorsAndRefusedToOfficers() throws Exception {
        String auditor = TestUsers.ensure(accounts, Role.AUDITOR);
        String officer = TestUsers.ensure(accounts, Role.OFFICER);

        mvc.perform(get("/api/v1/ledger/verification").with(httpBasic(auditor, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").isBoolean())
                .andExpect(jsonPath("$.summary").isString())
                .andExpect(jsonPath("$.entriesChecked").isNumber());
        mvc.perform(get("/api/v1/ledger/verification").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
