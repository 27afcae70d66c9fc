package org.crimeledger.synthetic.internal;

import java.util.List;
import java.util.Map;

/**
 * What the call handler writes when a possible crime is reported, per incident type (and, where the
 * class changes the story, per class). The same words serve a report that turns out to be a crime and
 * one that does not: the difference shows in the officer's later update, as in a real audit sample.
 */
final class CrimeNarratives {

    static final Map<String, List<Template>> BY_TYPE = Map.ofEntries(
            Map.entry("ASSAULT", Template.all(
                    "Caller {reporter} reports that at about {time} outside {place} {victim} was punched several times in the face by {suspect} after an argument. {injury}. The suspect left on foot towards {street}. Caller is upset but safe and asks for officers to attend.",
                    "{reporter} calling from {place}: {victim} was pushed to the ground and kicked by {suspect} at about {time}. {injury}. Door staff separated them and the suspect is still nearby. Caller says there is CCTV covering the area.")),
            Map.entry("SEXUAL_OFFENCE", Template.all(
                    "{reporter} reports that {victim} disclosed being sexually assaulted at {place} at about {time} by {suspect}. {Victim} is distressed. Advised not to wash or change clothing; safeguarding advice given and the Public Protection Unit informed.",
                    "Online report: {victim} states that {suspect} touched them without consent on {street} at about {time} and then followed them as far as {place}. The person was a stranger but {victim} can describe them and asks to speak to an officer.")),
            Map.entry("SEXUAL_OFFENCE:19", Template.all(
                    "{reporter} reports that {victim} disclosed being raped at {place} at about {time} by {suspect}, who is known to {victim}. {Victim} is very distressed and at a friend's address. Advised on preserving evidence; specially trained officer requested; SARC informed.",
                    "{Victim} reports being raped after a night out, waking at {place} at about {time} with no memory of getting there; believes a drink was spiked by {suspect}. Caller wants to speak to a female officer and has kept the clothing.")),
            Map.entry("DOMESTIC_ABUSE", Template.all(
                    "{Victim} at {place} says partner {suspect} grabbed them by the throat and threw a phone across the room at about {time}. {injury}. Two children are upstairs. DASH risk assessment started; caller wants the partner removed from the house.",
                    "Neighbour {reporter} called about shouting and banging from {place} at about {time}. {Victim} could be heard screaming 'get off me'. The other party, {suspect}, is known to officers from previous domestic call-outs. Urgent attendance requested.")),
            Map.entry("HARASSMENT_STALKING", Template.all(
                    "{Victim} reports receiving repeated abusive messages and calls from {suspect} over the past three weeks, the latest at about {time} today. The same person has twice turned up uninvited at {place}. {Victim} feels alarmed and has kept screenshots.",
                    "{reporter} reports that {suspect} has been following {victim} home along {street} and posting threatening comments online. The latest incident was at about {time} near {place}. {Victim} has changed routine and is frightened to go out.")),
            Map.entry("ROBBERY", Template.all(
                    "{Victim} was approached on {street} at about {time} by {suspect}, who threatened violence and demanded {item}. {Victim} handed it over and the suspect ran off towards {place}. {injury}. There are cameras on that stretch of road.",
                    "Staff at {place} report that at about {time} {suspect} came in, threatened the cashier with what looked like a knife and took cash from the till. No one was hurt. The suspect left on foot along {street}. CCTV is being preserved.")),
            Map.entry("BURGLARY", Template.all(
                    "{Victim} returned to {place} at about {time} to find the back door forced and every room searched. Missing: {item}. Neighbours heard noise earlier in the afternoon. Scene preserved for forensics; caller advised not to touch the door or windows.",
                    "Keyholder {reporter} reports a break-in at {place} found at about {time}: a rear window smashed and {item} missing. The alarm went off overnight but nobody attended. Caller has a list of the missing property and CCTV from next door.")),
            Map.entry("THEFT", Template.all(
                    "{reporter} reports that {item} was stolen from {place} at about {time}. {Suspect} was seen leaving with it along {street}. There is CCTV and a good description. No violence used. A reference is needed for the insurance claim.",
                    "{Victim} reports {item} taken while at {place} at about {time}. It was left unattended for a few minutes and nobody was seen taking it. Lost property has been checked; caller wants the theft recorded and any CCTV looked at.")),
            Map.entry("VEHICLE_CRIME", Template.all(
                    "{Victim} reports {vehicle} parked on {street} was broken into overnight, found at about {time}. A window is smashed and {item} taken from inside. A neighbour's doorbell camera may have captured the offenders. Caller is with the vehicle now.",
                    "{Victim} reports {vehicle} taken from outside {place} between 22:00 and {time}. Both keys are still with the owner. The vehicle has a tracker; details passed to the control room and the registration circulated as stolen.")),
            Map.entry("CRIMINAL_DAMAGE", Template.all(
                    "{reporter} reports damage at {place}: windows smashed and paint sprayed on the front door at about {time}. {Suspect} was seen running off along {street}. Repairs will cost several hundred pounds; the caller has photographs.",
                    "{Victim} reports all four tyres of {vehicle} slashed on {street} at about {time}, the third time this month. Caller suspects {suspect} after a dispute over parking near {place} and has a doorbell camera recording.")),
            Map.entry("PUBLIC_ORDER", Template.all(
                    "Caller {reporter} reports a group shouting abuse and threatening passers-by outside {place} at about {time}. {Suspect} appears to be leading them. {Victim} was sworn at and felt threatened. Bottles have been thrown and the group is still there.",
                    "{reporter} reports a fight involving several people spilling out of {place} at about {time}. Members of the public are frightened and {street} is blocked. Door staff are trying to separate them; {victim} was threatened. Urgent attendance requested.")),
            Map.entry("WEAPONS", Template.all(
                    "{reporter} reports seeing {suspect} with a large knife tucked into a waistband outside {place} at about {time}. No threats made so far. The person is walking towards {street}. Caller is watching from a distance and staying on the line.")),
            Map.entry("WEAPONS:police", Template.all(
                    "{reporter} on patrol on {street} at about {time} stopped and searched {suspect} near {place}. A lock knife with a blade over three inches was found in a jacket pocket. The suspect was arrested and taken to custody; knife seized as an exhibit.")),
            Map.entry("DRUGS", Template.all(
                    "{reporter} reports suspected drug dealing from {vehicle} parked on {street} near {place}, with people coming and going every few minutes since about {time}. Caller gave the registration and a description of the driver, {suspect}.")),
            Map.entry("DRUGS:police", Template.all(
                    "{reporter} on patrol at {place} at about {time} smelt cannabis and stopped {suspect}. A search under section 23 found a quantity of suspected drugs in small bags. Items seized and exhibited, pending analysis. Suspect's details obtained at the scene.")),
            Map.entry("FRAUD", Template.all(
                    "{Victim} was called at about {time} by someone claiming to be from the bank and was persuaded to move savings into a 'safe account'. Realised afterwards it was a scam. The bank's fraud team has been told. Caller lives at {place} and is very upset.",
                    "{Victim} reports paying by bank transfer for {item} advertised on an online marketplace, but the goods never arrived and the seller has blocked all contact. The seller claimed to live in {place}. Caller has kept screenshots of the messages.")),
            Map.entry("OTHER_CRIME:33", Template.all(
                    "{reporter} reports {suspect} trying car door handles along {street} near {place} at about {time}, carrying a screwdriver, a torch and gloves. The person moved on when seen. Caller gave a good description and is still watching from a window.")),
            Map.entry("OTHER_CRIME:802", Template.all(
                    "{reporter} reports {vehicle} being driven at high speed and overtaking on blind bends on {street} near {place} at about {time}, forcing other cars off the road. The registration was noted. No collision reported; dashcam footage available.")));

    private CrimeNarratives() {
    }
}
