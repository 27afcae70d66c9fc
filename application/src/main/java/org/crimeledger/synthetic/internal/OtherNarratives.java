package org.crimeledger.synthetic.internal;

import java.util.List;
import java.util.Map;

/** What the call handler writes for incidents that report no crime: anti-social behaviour, welfare, transport. */
final class OtherNarratives {

    static final Map<String, List<Template>> BY_TYPE = Map.ofEntries(
            Map.entry("ASB_PERSONAL", Template.all(
                    "{reporter} reports that youths gather outside {place} every evening, shouting and knocking on doors, most recently at about {time}. Nobody has been threatened directly but residents feel intimidated. Caller asks for more patrols along {street}.")),
            Map.entry("ASB_NUISANCE", Template.all(
                    "{reporter} complains of loud music and shouting from a flat at {place} since about {time}. It has happened most weekends for a month. The council's noise team has been told; caller wants officers to speak to the occupants.",
                    "{reporter} reports motorbikes being ridden on the footpath and the playing field near {place} since about {time}, churning up the grass and frightening dog walkers. No one has been hurt. The riders leave along {street}.")),
            Map.entry("ASB_ENVIRONMENTAL", Template.all(
                    "{reporter} reports fly-tipping in the lay-by on {street} near {place}: mattresses, rubble and bags of household waste left at about {time}. A white van was seen leaving. Details passed to the council's environmental team.")),
            Map.entry("CONCERN_FOR_SAFETY", Template.all(
                    "{reporter} is worried about a neighbour at {place} who has not been seen for several days; post is piling up and the curtains have been closed since about {time} on Monday. The neighbour is elderly and lives alone. Welfare check requested.",
                    "{reporter} saw a person who looked unwell and confused walking in the road on {street} near {place} at about {time}, not dressed for the weather. The person would not give a name. Caller is keeping them in sight until officers arrive.")),
            Map.entry("MISSING_PERSON", Template.all(
                    "{reporter} reports that a family member did not come home to {place} after leaving at about {time}. Not answering the phone, which is unusual. Last seen on {street} wearing a dark coat. Risk assessed as medium; enquiries started.")),
            Map.entry("MENTAL_HEALTH", Template.all(
                    "{reporter} reports a person in distress on the footbridge near {place} at about {time}, who appears confused and has talked about ending their life. Ambulance informed. Caller is staying nearby and talking to the person until officers arrive.")),
            Map.entry("DOMESTIC_INCIDENT", Template.all(
                    "{reporter} reports a verbal argument between a couple at {place} at about {time}. No threats or violence are disclosed and both are calm now. Caller wanted it logged. Words of advice given and safeguarding information shared with both.")),
            Map.entry("SUDDEN_DEATH", Template.all(
                    "{reporter} found a relative unresponsive at {place} at about {time}. Paramedics attended and confirmed life extinct. No suspicious circumstances are apparent; the GP has been contacted about a certificate and the coroner's officer told.")),
            Map.entry("ROAD_COLLISION", Template.all(
                    "Two-vehicle collision on {street} near {place} at about {time}, involving {vehicle}. Minor injuries only and no ambulance needed. The vehicles are partly blocking the road and recovery has been requested. Drivers have exchanged details.")),
            Map.entry("HIGHWAY_DISRUPTION", Template.all(
                    "{reporter} reports a fallen tree blocking one lane of {street} near {place} since about {time}. Traffic is queuing in both directions. Highways authority informed; officers asked to manage the traffic until the tree is cleared.")),
            Map.entry("RAIL_AIR_MARINE", Template.all(
                    "{reporter} reports a small boat drifting with nobody aboard near {place} at about {time}. The coastguard has been told and is taking the lead. No one is reported missing at present. Caller is staying on scene to keep watch.")));

    private OtherNarratives() {
    }
}
