package org.crimeledger.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.crimeledger.DatabaseTest;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class ImprovementActionsTests {

    @Autowired
    ImprovementActions actions;

    @Autowired
    LedgerVerifier verifier;

    @Autowired
    MockMvc mvc;

    private final Actor registrar = Actor.system("test.registrar", Role.CRIME_REGISTRAR);

    @Test
    void progressIsCountedByKindAndStatusAndEveryChangeIsLedgered() {
        long before = countOf(Progress.Kind.RECOMMENDATION, false);
        long overdueBefore = countOf(Progress.Kind.RECOMMENDATION, true);
        ImprovementAction late = actions.raise(null, ImprovementAction.Kind.RECOMMENDATION,
                "Crimes disclosed in anti-social behaviour calls go unrecorded", "Train the control room",
                "Head of contact", LocalDate.now().minusDays(1), registrar);
        actions.raise(null, ImprovementAction.Kind.RECOMMENDATION, "N100 sub-codes missing", "Registrar checks weekly",
                "Force Crime Registrar", LocalDate.now().plusDays(30), registrar);
        actions.update(late.id(), 0, ImprovementAction.Status.IN_PROGRESS, "Course booked", registrar);

        assertThat(countOf(Progress.Kind.RECOMMENDATION, false)).isEqualTo(before + 2);
        assertThat(countOf(Progress.Kind.RECOMMENDATION, true)).isEqualTo(overdueBefore + 1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void doneNeedsEvidenceAndRaisingNeedsAnOwner() {
        ImprovementAction action = actions.raise(null, ImprovementAction.Kind.AREA_FOR_IMPROVEMENT, "Late decisions",
                "Daily review of the queue", "Superintendent, contact", LocalDate.now().plusDays(10), registrar);

        assertThatThrownBy(() -> actions.update(action.id(), 0, ImprovementAction.Status.DONE, " ", registrar))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("evidence");
        assertThatThrownBy(() -> actions.raise(null, ImprovementAction.Kind.RECOMMENDATION, "x", "y", "",
                LocalDate.now(), registrar)).hasMessageContaining("Name the owner");
        assertThat(actions.find(action.id()).status()).isEqualTo(ImprovementAction.Status.OPEN);
    }

    @Test
    void aStaleUpdateIsRefusedWith409NamingWhatChangedAndWritesNothing() throws Exception {
        ImprovementAction action = actions.raise(null, ImprovementAction.Kind.RECOMMENDATION, "Outcomes unchecked",
                "Supervisors review outcomes", "Head of crime", LocalDate.now().plusDays(20), registrar);
        assertThat(action.version()).isZero();
        Actor auditor = Actor.system("test.auditor", Role.AUDITOR);
        assertThat(actions.update(action.id(), 0, ImprovementAction.Status.IN_PROGRESS, "Sampling started", auditor)
                .version()).isEqualTo(1);

        assertThatThrownBy(() -> actions.update(action.id(), 0, ImprovementAction.Status.DONE, "All reviewed", registrar))
                .isInstanceOfSatisfying(InvalidRequestException.class, refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(409);
                    assertThat(refusal.getMessage()).contains("IMPROVEMENT_UPDATED by test.auditor")
                            .contains("status").contains("evidence");
                });
        ImprovementAction now = actions.find(action.id());
        assertThat(now.status()).isEqualTo(ImprovementAction.Status.IN_PROGRESS);
        assertThat(now.evidence()).isEqualTo("Sampling started");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/improvement-actions/" + action.id())
                        .with(user("test.registrar").roles("CRIME_REGISTRAR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("status", "DONE").param("evidence", "All reviewed").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("errors"));
        assertThat(actions.find(action.id()).status()).isEqualTo(ImprovementAction.Status.IN_PROGRESS);
        assertThat(actions.update(action.id(), 1, ImprovementAction.Status.DONE, "All reviewed", registrar).status())
                .isEqualTo(ImprovementAction.Status.DONE);
    }

    @Test
    void theCommissionersOfficeSeesCountsButNotTheList() throws Exception {
        mvc.perform(get("/improvement-actions/progress").with(user("pcc").roles("PCC"))).andExpect(status().isOk());
        mvc.perform(get("/improvement-actions").with(user("pcc").roles("PCC"))).andExpect(status().isForbidden());
    }

    private long countOf(Progress.Kind kind, boolean overdue) {
        return actions.progress().stream().filter(p -> p.kind() == kind)
                .mapToLong(p -> overdue ? p.overdue() : p.total()).sum();
    }
}
