-- Incidents from call handling, the crime-recording decision, and the crimes it records.
-- Every change to these rows is also appended to the ledger (V4) in the same transaction.

create table team (
    code text primary key check (code ~ '^[A-Z0-9-]{2,32}$'),
    name text not null unique
);
insert into team (code, name) values
    ('RESPONSE-A', 'Response team A'),
    ('RESPONSE-B', 'Response team B'),
    ('CID', 'Criminal Investigation Department'),
    ('PPU', 'Public Protection Unit'),
    ('CONTACT', 'Contact centre');

-- The Force Crime Registrar is marked by an FCR authority beside the CRIME_REGISTRAR role.
alter table authorities drop constraint authorities_authority_check;
alter table authorities add constraint authorities_authority_check check (authority ~ '^(ROLE_[A-Z_]+|FCR)$');

update users set team = null where team is not null and team not in (select code from team);
alter table users add constraint users_team_fk foreign key (team) references team (code);

-- The national incident categories (NSIR) and the types a call handler chooses within each.
create table incident_type (
    code          text primary key,
    category      text not null check (category in
                      ('CRIME_RELATED', 'ANTI_SOCIAL_BEHAVIOUR', 'PUBLIC_SAFETY_AND_WELFARE', 'TRANSPORT')),
    name          text not null,
    display_order integer not null unique
);
insert into incident_type (code, category, name, display_order) values
    ('ASSAULT', 'CRIME_RELATED', 'Assault', 1),
    ('SEXUAL_OFFENCE', 'CRIME_RELATED', 'Sexual offence', 2),
    ('DOMESTIC_ABUSE', 'CRIME_RELATED', 'Domestic abuse', 3),
    ('HARASSMENT_STALKING', 'CRIME_RELATED', 'Harassment or stalking', 4),
    ('ROBBERY', 'CRIME_RELATED', 'Robbery', 5),
    ('BURGLARY', 'CRIME_RELATED', 'Burglary', 6),
    ('THEFT', 'CRIME_RELATED', 'Theft', 7),
    ('VEHICLE_CRIME', 'CRIME_RELATED', 'Vehicle crime', 8),
    ('CRIMINAL_DAMAGE', 'CRIME_RELATED', 'Criminal damage or arson', 9),
    ('PUBLIC_ORDER', 'CRIME_RELATED', 'Public order', 10),
    ('WEAPONS', 'CRIME_RELATED', 'Weapons', 11),
    ('DRUGS', 'CRIME_RELATED', 'Drugs', 12),
    ('FRAUD', 'CRIME_RELATED', 'Fraud', 13),
    ('OTHER_CRIME', 'CRIME_RELATED', 'Other crime', 14),
    ('ASB_PERSONAL', 'ANTI_SOCIAL_BEHAVIOUR', 'Personal anti-social behaviour', 20),
    ('ASB_NUISANCE', 'ANTI_SOCIAL_BEHAVIOUR', 'Nuisance anti-social behaviour', 21),
    ('ASB_ENVIRONMENTAL', 'ANTI_SOCIAL_BEHAVIOUR', 'Environmental anti-social behaviour', 22),
    ('CONCERN_FOR_SAFETY', 'PUBLIC_SAFETY_AND_WELFARE', 'Concern for safety', 30),
    ('MISSING_PERSON', 'PUBLIC_SAFETY_AND_WELFARE', 'Missing person', 31),
    ('MENTAL_HEALTH', 'PUBLIC_SAFETY_AND_WELFARE', 'Mental health', 32),
    ('DOMESTIC_INCIDENT', 'PUBLIC_SAFETY_AND_WELFARE', 'Domestic incident (no crime disclosed)', 33),
    ('SUDDEN_DEATH', 'PUBLIC_SAFETY_AND_WELFARE', 'Sudden death', 34),
    ('ROAD_COLLISION', 'TRANSPORT', 'Road traffic collision', 40),
    ('HIGHWAY_DISRUPTION', 'TRANSPORT', 'Highway disruption', 41),
    ('RAIL_AIR_MARINE', 'TRANSPORT', 'Rail, air or marine', 42);

-- How long the crime-recording decision may take, by the date the report was received (CRR26 p.10).
create table recording_time_limit (
    in_force_from date primary key,
    limit_hours   integer not null check (limit_hours > 0),
    reference     text not null,
    verified      boolean not null
);
insert into recording_time_limit (in_force_from, limit_hours, reference, verified) values
    ('2002-04-01', 72, 'National Crime Recording Standard (April 2002): 72 hours where information had to be gathered; domain.md 1.4', false),
    ('2015-04-01', 24, 'Crime Recording Rules 2026/27 p.10: no later than 24 hours after the initial report. Date of change from 72 hours not established (between the 2014 and 2017 inspections)', false);

create table no_crime_reason (
    code          text primary key,
    name          text not null,
    rule          text not null,
    display_order integer not null unique
);
insert into no_crime_reason (code, name, rule, display_order) values
    ('NOT_A_CRIME_IN_LAW', 'The circumstances do not amount to a notifiable crime in law',
     'CRR26 p.7: record only if, on the balance of probability, the circumstances amount to a crime defined by law', 1),
    ('CREDIBLE_EVIDENCE_TO_THE_CONTRARY', 'Credible evidence to the contrary is immediately available',
     'CRR26 p.7: no crime where credible evidence points to it not having been committed', 2),
    ('NO_VICTIM_IDENTIFIED', 'No victim can be found or identified; kept as a crime-related incident',
     'CRR26 p.7: record a crime-related incident until the victim is found or comes forward', 3),
    ('THIRD_PARTY_NOT_CONFIRMED', 'Third-party report not confirmed by the victim, and recording is not necessary or appropriate',
     'CRR26 pp.7-8: not for professional third parties or parents and carers, whose credible reports must be recorded', 4),
    ('POINTS_TO_PROVE_NOT_MADE_OUT', 'State-based offence whose points to prove are not made out',
     'CRR26 p.8', 5),
    ('ALREADY_RECORDED', 'The crime is already recorded on another crime record',
     'CRR26 p.12: one crime per victim; give the other crime reference', 6),
    ('OTHER_AUTHORITY', 'Another investigating authority records this crime',
     'CRR26 pp.17-18', 7);

create table crime_flag_type (
    code              text primary key,
    name              text not null,
    home_office_flag  boolean not null,
    active            boolean not null default true,
    reference         text not null,
    display_order     integer not null unique
);
insert into crime_flag_type (code, name, home_office_flag, reference, display_order) values
    ('DOMESTIC_ABUSE', 'Domestic abuse', true, 'CRR26 p.26; Domestic Abuse Act 2021', 1),
    ('HATE_RACE', 'Hate crime: race', true, 'CRR26 p.27, five strands', 2),
    ('HATE_RELIGION', 'Hate crime: religion or belief', true, 'CRR26 p.27, five strands', 3),
    ('HATE_DISABILITY', 'Hate crime: disability', true, 'CRR26 p.27, five strands', 4),
    ('HATE_SEXUAL_ORIENTATION', 'Hate crime: sexual orientation', true, 'CRR26 p.27, five strands', 5),
    ('HATE_TRANSGENDER', 'Hate crime: transgender', true, 'CRR26 p.27, five strands', 6),
    ('ONLINE', 'Online crime', true, 'CRR26 p.28', 7),
    ('CHILD_SEXUAL_ABUSE', 'Child sexual abuse', true, 'CRR26 p.29', 8),
    ('CHILD_SEXUAL_EXPLOITATION', 'Child sexual exploitation (also needs child sexual abuse)', true, 'CRR26 p.29', 9),
    ('METAL_THEFT_INFRASTRUCTURE', 'Metal theft: infrastructure', true, 'CRR26 p.27', 10),
    ('METAL_THEFT_NON_INFRASTRUCTURE', 'Metal theft: non-infrastructure', true, 'CRR26 p.27', 11),
    ('ALCOHOL', 'Alcohol related', true, 'CRR26 p.30', 12),
    ('CORROSIVE', 'Corrosive-based offence', true, 'CRR26 p.30', 13),
    ('HONOUR_BASED_ABUSE', 'So-called honour-based abuse', true, 'CRR26 p.31', 14),
    ('SPIKING', 'Offence involving spiking', true, 'CRR26 p.31, from April 2026', 15),
    ('KNIFE_OR_SHARP_INSTRUMENT', 'Knife or sharp instrument (separate Home Office data collection, not a crime flag)', false,
     'Home Office open data tables: offences involving knives or sharp instruments', 16);

create table incident_reference_counter (
    day         date primary key,
    last_number integer not null
);

create table incident (
    id                 bigserial primary key,
    reference          text not null unique,
    received_at        timestamptz not null,
    channel            text not null check (channel in ('EMERGENCY_999', 'NON_EMERGENCY_101', 'ONLINE', 'FRONT_COUNTER',
                           'THIRD_PARTY', 'PROFESSIONAL_THIRD_PARTY', 'PARTNER_AGENCY')),
    reporter_name      text not null,
    reporter_relation  text not null check (reporter_relation in ('VICTIM', 'WITNESS', 'THIRD_PARTY',
                           'PROFESSIONAL_THIRD_PARTY', 'PARENT_OR_CARER', 'POLICE_DISCOVERED')),
    location_text      text not null,
    latitude           numeric(9, 6) check (latitude between -90 and 90),
    longitude          numeric(9, 6) check (longitude between -180 and 180),
    opening_type       text not null references incident_type (code),
    team_code          text not null references team (code),
    crime_disclosed_at timestamptz,
    decision_due_at    timestamptz,
    decision_status    text not null check (decision_status in ('NOT_REQUIRED', 'AWAITING', 'DECIDED')),
    closing_type       text references incident_type (code),
    closed_at          timestamptz,
    opened_by          text not null,
    opened_at          timestamptz not null,
    version            integer not null default 0,
    check ((decision_status = 'NOT_REQUIRED') = (decision_due_at is null)),
    check ((closed_at is null) = (closing_type is null))
);
create index incident_awaiting_decision on incident (decision_due_at) where decision_status = 'AWAITING';
create index incident_team_awaiting on incident (team_code, decision_due_at) where decision_status = 'AWAITING';
create index incident_received on incident (received_at desc);

create table incident_update (
    id              bigserial primary key,
    incident_id     bigint not null references incident (id),
    written_at      timestamptz not null,
    author          text not null,
    author_role     text not null,
    text            text not null check (length(text) between 1 and 10000),
    discloses_crime boolean not null
);
create index incident_update_incident on incident_update (incident_id, written_at);

create table recording_decision (
    id                bigserial primary key,
    incident_id       bigint not null unique references incident (id),
    kind              text not null check (kind in ('CRIMES_RECORDED', 'NO_CRIME', 'N100', 'TRANSFERRED')),
    no_crime_reason   text references no_crime_reason (code),
    n100_subcode      text check (n100_subcode in ('N100/01', 'N100/02', 'N100/03')),
    transfer_force    text,
    explanation       text,
    information_basis text not null,
    decided_by        text not null,
    decided_role      text not null,
    decided_at        timestamptz not null,
    deadline          timestamptz not null,
    limit_hours       integer not null,
    delay_seconds     bigint not null check (delay_seconds >= 0),
    check ((kind = 'NO_CRIME') = (no_crime_reason is not null)),
    check (kind <> 'NO_CRIME' or length(coalesce(explanation, '')) > 0),
    check ((kind = 'N100') = (n100_subcode is not null)),
    check ((kind = 'TRANSFERRED') = (transfer_force is not null))
);
create index recording_decision_breach on recording_decision (decided_at) where delay_seconds > 0;

create table victim (
    id            bigserial primary key,
    incident_id   bigint not null references incident (id),
    name          text not null,
    date_of_birth date,
    contact       text,
    added_by      text not null,
    added_at      timestamptz not null
);
create index victim_incident on victim (incident_id);

create table crime_reference_counter (
    year        integer primary key,
    last_number integer not null
);

create table crime (
    id                      bigserial primary key,
    reference               text not null unique,
    incident_id             bigint not null references incident (id),
    classification_code     text not null references offence_classification (code),
    victim_id               bigint references victim (id),
    offence_from            timestamptz,
    offence_to              timestamptz,
    reported_at             timestamptz not null,
    recorded_at             timestamptz not null,
    recorded_by             text not null,
    status                  text not null check (status in
                                ('RECORDED', 'UNDER_INVESTIGATION', 'FINALISED', 'CANCELLED', 'TRANSFERRED')),
    related_classifications text[] not null default '{}',
    flags                   text[] not null default '{}',
    counting_rationale      text,
    version                 integer not null default 0,
    check (offence_to is null or offence_from is null or offence_to >= offence_from)
);
create index crime_incident on crime (incident_id);
create index crime_recorded on crime (recorded_at desc);
create index crime_victim on crime (victim_id);

create table suspect (
    id          bigserial primary key,
    crime_id    bigint not null references crime (id),
    name        text,
    description text,
    check (name is not null or description is not null)
);
create index suspect_crime on suspect (crime_id);

create table crime_reclassification (
    id            bigserial primary key,
    crime_id      bigint not null references crime (id),
    from_code     text not null references offence_classification (code),
    to_code       text not null references offence_classification (code),
    downgrade     boolean not null,
    reason        text not null check (length(reason) > 0),
    proposed_by   text not null,
    proposed_role text not null,
    proposed_at   timestamptz not null,
    status        text not null check (status in ('PROPOSED', 'APPLIED', 'REJECTED')),
    decided_by    text,
    decided_role  text,
    decided_at    timestamptz,
    decision_note text,
    check (from_code <> to_code)
);
create index crime_reclassification_crime on crime_reclassification (crime_id, proposed_at);
create unique index crime_reclassification_one_open on crime_reclassification (crime_id) where status = 'PROPOSED';

create table crime_removal (
    id                       bigserial primary key,
    crime_id                 bigint not null references crime (id),
    cancellation_class       text not null references cancellation_class (code),
    explanation              text not null check (length(explanation) > 0),
    additional_information   text,
    evidence_reference       text,
    target_force             text,
    target_force_reference   text,
    duplicate_of_reference   text,
    victim_told_at           timestamptz,
    proposed_by              text not null,
    proposed_role            text not null,
    proposed_at              timestamptz not null,
    status                   text not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    decided_by               text,
    decided_role             text,
    decided_at               timestamptz,
    decision_note            text
);
create index crime_removal_crime on crime_removal (crime_id, proposed_at);
create unique index crime_removal_one_open on crime_removal (crime_id) where status = 'PROPOSED';
