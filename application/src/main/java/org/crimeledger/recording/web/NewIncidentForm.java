package org.crimeledger.recording.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.OpenIncident;
import org.crimeledger.incidents.ReporterRelation;

/** The new-incident page's fields, as typed; turned into {@link OpenIncident} once valid. */
class NewIncidentForm {

    @NotNull(message = "Enter the date the report was received")
    LocalDate receivedDate;
    @NotNull(message = "Enter the time the report was received, for example 14:05")
    LocalTime receivedTime;
    @NotNull(message = "Choose how the report was received")
    Channel channel;
    @NotBlank(message = "Enter the reporter's name")
    @Size(max = 200, message = "The reporter's name must be 200 characters or fewer")
    String reporterName;
    @NotNull(message = "Choose who the reporter is to the victim")
    ReporterRelation reporterRelation;
    @NotBlank(message = "Enter where it happened")
    @Size(max = 500, message = "The location must be 500 characters or fewer")
    String locationText;
    BigDecimal latitude;
    BigDecimal longitude;
    @NotBlank(message = "Choose the opening type")
    String openingType;
    @NotBlank(message = "Choose the team that owns the incident")
    String teamCode;
    @NotBlank(message = "Enter what the caller said")
    @Size(max = 10000, message = "The account must be 10,000 characters or fewer")
    String narrative;

    OpenIncident toCommand(ZoneId zone) {
        Instant received = receivedDate.atTime(receivedTime).atZone(zone).toInstant();
        return new OpenIncident(received, channel, reporterName, reporterRelation, locationText, latitude, longitude,
                openingType, teamCode, narrative);
    }

    // Getters and setters for Spring's data binding.
    public LocalDate getReceivedDate() { return receivedDate; }
    public void setReceivedDate(LocalDate value) { receivedDate = value; }
    public LocalTime getReceivedTime() { return receivedTime; }
    public void setReceivedTime(LocalTime value) { receivedTime = value; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel value) { channel = value; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String value) { reporterName = value; }
    public ReporterRelation getReporterRelation() { return reporterRelation; }
    public void setReporterRelation(ReporterRelation value) { reporterRelation = value; }
    public String getLocationText() { return locationText; }
    public void setLocationText(String value) { locationText = value; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal value) { latitude = value; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal value) { longitude = value; }
    public String getOpeningType() { return openingType; }
    public void setOpeningType(String value) { openingType = value; }
    public String getTeamCode() { return teamCode; }
    public void setTeamCode(String value) { teamCode = value; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String value) { narrative = value; }
}
