package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CrimeLifecycleTests {

    @Test
    void aRecordedCrimeCanBeInvestigatedFinalisedCancelledOrTransferred() {
        assertThat(CrimeLifecycle.nextFrom(CrimeStatus.RECORDED)).containsExactlyInAnyOrder(
                CrimeStatus.UNDER_INVESTIGATION, CrimeStatus.FINALISED, CrimeStatus.CANCELLED, CrimeStatus.TRANSFERRED);
    }

    @Test
    void aFinalisedCrimeCanBeReopened() {
        assertThat(CrimeLifecycle.allows(CrimeStatus.FINALISED, CrimeStatus.UNDER_INVESTIGATION)).isTrue();
    }

    @Test
    void cancelledAndTransferredAreFinal() {
        for (CrimeStatus to : CrimeStatus.values()) {
            assertThat(CrimeLifecycle.allows(CrimeStatus.CANCELLED, to)).as("cancelled -> " + to).isFalse();
            assertThat(CrimeLifecycle.allows(CrimeStatus.TRANSFERRED, to)).as("transferred -> " + to).isFalse();
        }
    }

    @Test
    void nothingGoesBackToRecorded() {
        for (CrimeStatus from : CrimeStatus.values()) {
            assertThat(CrimeLifecycle.allows(from, CrimeStatus.RECORDED)).as(from + " -> recorded").isFalse();
        }
    }

    @Test
    void onlyLiveCrimesCountInRecordedCrime() {
        assertThat(CrimeStatus.CANCELLED.countsInRecordedCrime()).isFalse();
        assertThat(CrimeStatus.TRANSFERRED.countsInRecordedCrime()).isFalse();
        assertThat(CrimeStatus.FINALISED.countsInRecordedCrime()).isTrue();
    }

    @Test
    void theDocumentedDiagramIsTheOneInTheCode() throws IOException {
        String doc = Files.readString(Path.of("docs", "crime-lifecycle.md"));
        assertThat(doc).as("docs/crime-lifecycle.md must contain CrimeLifecycle.mermaid(); regenerate it")
                .contains(CrimeLifecycle.mermaid());
    }
}
