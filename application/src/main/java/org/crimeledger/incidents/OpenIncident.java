package org.crimeledger.incidents;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a call handler records when a report comes in. The report's receipt time starts the 24-hour
 * clock, so it is asked for, not assumed (a report may be keyed in after the call).
 */
public record OpenIncident(
        @NotNull(message = "Enter when the report was received") Instant receivedAt,
        @NotNull(message = "Choose how the report was received") Channel channel,
        @NotBlank(message = "Enter the reporter's name") @Size(max = 200) String reporterName,
        @NotNull(message = "Choose who the reporter is to the victim") ReporterRelation reporterRelation,
        @NotBlank(message = "Enter where it happened") @Size(max = 500) String locationText,
        @DecimalMin(value = "-90", message = "Latitude must be between -90 and 90")
        @DecimalMax(value = "90", message = "Latitude must be between -90 and 90") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "Longitude must be between -180 and 180")
        @DecimalMax(value = "180", message = "Longitude must be between -180 and 180") BigDecimal longitude,
        @NotBlank(message = "Choose the opening type") String openingType,
        @NotBlank(message = "Choose the team that owns the incident") String teamCode,
        @NotBlank(message = "Enter what the caller said") @Size(max = 10000) String narrative) {
}
