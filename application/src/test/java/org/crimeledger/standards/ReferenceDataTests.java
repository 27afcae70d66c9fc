package org.crimeledger.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The code's enums and the migrated tables say the same thing, and the published facts hold. */
@DatabaseTest
class ReferenceDataTests {

    @Autowired
    ReferenceData referenceData;

    @Autowired
    MockMvc mvc;

    @Test
    void offenceGroupEnumMatchesTheTable() {
        Map<String, String> table = referenceData.offenceGroups().stream()
                .collect(Collectors.toMap(NamedCode::code, NamedCode::name));
        Map<String, String> code = Arrays.stream(OffenceGroup.values())
                .collect(Collectors.toMap(OffenceGroup::name, OffenceGroup::displayName));
        assertThat(table).isEqualTo(code);
    }

    @Test
    void outcomeGroupEnumMatchesTheTable() {
        assertThat(referenceData.outcomeGroups().stream().map(NamedCode::code))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(OutcomeGroup.values()).map(Enum::name).toList());
    }

    @Test
    void cancellationClassEnumMatchesTheTable() {
        Map<String, CancellationClassDefinition> table = referenceData.cancellationClasses().stream()
                .collect(Collectors.toMap(CancellationClassDefinition::code, Function.identity()));
        assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CancellationClass.values()).map(Enum::name).toList());
        for (CancellationClass c : CancellationClass.values()) {
            CancellationClassDefinition row = table.get(c.name());
            assertThat(row.transfer()).as(c + " transfer").isEqualTo(c.isTransfer());
            assertThat(row.victimToldBeforeRemoval()).as(c + " victim told").isEqualTo(c.victimToldBeforeRemoval());
            assertThat(row.needsAdditionalVerifiableInformation()).as(c + " AVI")
                    .isEqualTo(c.needsAdditionalVerifiableInformation());
        }
    }

    @Test
    void policeUkCategoryEnumMatchesTheTable() {
        Map<String, String> table = referenceData.policeUkCrimeCategories().stream()
                .collect(Collectors.toMap(PoliceUkCategory::slug, PoliceUkCategory::label));
        Map<String, String> code = Arrays.stream(PoliceUkCrimeCategory.values())
                .collect(Collectors.toMap(PoliceUkCrimeCategory::slug, PoliceUkCrimeCategory::label));
        assertThat(table).isEqualTo(code);
    }

    @Test
    void everyClassificationMapsToAPoliceUkCrimeCategoryNotAntiSocialBehaviour() {
        assertThat(referenceData.offenceClassifications())
                .hasSizeGreaterThan(100)
                .allSatisfy(c -> assertThat(c.policeUkCategorySlug()).isNotEqualTo("anti-social-behaviour"));
    }

    @Test
    void publishedFactsHold() {
        OffenceClassification murder = referenceData.offenceClassification("1").orElseThrow();
        OffenceClassification assaultWithoutInjury = referenceData.offenceClassification("105A").orElseThrow();
        assertThat(murder.offenceGroupCode()).isEqualTo(OffenceGroup.VIOLENCE_AGAINST_THE_PERSON.name());
        assertThat(murder.victimBased()).isTrue();
        assertThat(murder.seriousnessRank()).isLessThan(assaultWithoutInjury.seriousnessRank());
        assertThat(referenceData.offenceClassification("8U").orElseThrow().courseOfConduct()).isTrue();

        Map<String, OutcomeTypeDefinition> outcomes = referenceData.outcomeTypes().stream()
                .collect(Collectors.toMap(OutcomeTypeDefinition::code, Function.identity()));
        assertThat(outcomes.keySet()).contains("1", "1A", "2", "2A", "3", "3A", "22", "23", "24");
        assertThat(outcomes.get("1").namedSuspectRequired()).isTrue();
        assertThat(outcomes.get("18").namedSuspectRequired()).isFalse();
        assertThat(outcomes.get("15").trueIdentityRequired()).isTrue();
    }

    @Test
    void theApiServesEachTable() throws Exception {
        mvc.perform(get("/api/v1/reference/offence-classifications/8N"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("8N"))
                .andExpect(jsonPath("$.offenceGroupCode").value("VIOLENCE_AGAINST_THE_PERSON"));
        for (String path : new String[] {"offence-groups", "offence-classifications", "outcome-groups",
                "outcome-types", "cancellation-classes", "police-uk/crime-categories", "police-uk/outcome-categories"}) {
            mvc.perform(get("/api/v1/reference/" + path))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(Matchers.greaterThan(0)));
        }
    }

    @Test
    void thePagesShowEachTableAndMarkUnverifiedFacts() throws Exception {
        mvc.perform(get("/reference-data/offence-classifications"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Murder")))
                .andExpect(content().string(Matchers.containsString("(derived)")));
        for (String page : new String[] {"", "/outcome-types", "/cancellation-classes", "/police-uk"}) {
            mvc.perform(get("/reference-data" + page)).andExpect(status().isOk());
        }
    }
}
