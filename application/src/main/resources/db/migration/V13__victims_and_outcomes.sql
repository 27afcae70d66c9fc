-- Victims' Code entitlements (domain.md 5) and crime outcomes (domain.md 4): the working-day calendar,
-- the entitlements and enhanced-rights criteria as data, victims' tasks, contacts, preferences and
-- satisfaction responses; the outcome policies as data, outcomes applied to crimes and their authorisations.

-- England and Wales bank holidays 2015-2030 (gov.uk/bank-holidays; Banking and Financial Dealings Act 1971).
-- Special days: 2020-05-08 VE Day (early May moved), 2022-06-02/03 Platinum Jubilee (spring moved, one added),
-- 2022-09-19 state funeral, 2023-05-08 coronation. Substitute days where the holiday falls at a weekend.
-- Years not yet announced follow the usual pattern and can change by proclamation.
create table bank_holiday (
    day            date primary key,
    name           text not null,
    substitute_day boolean not null
);
insert into bank_holiday (day, name, substitute_day) values
    ('2015-01-01', 'New Year''s Day', false),
    ('2015-04-03', 'Good Friday', false),
    ('2015-04-06', 'Easter Monday', false),
    ('2015-05-04', 'Early May bank holiday', false),
    ('2015-05-25', 'Spring bank holiday', false),
    ('2015-08-31', 'Summer bank holiday', false),
    ('2015-12-25', 'Christmas Day', false),
    ('2015-12-28', 'Boxing Day (substitute day)', true),
    ('2016-01-01', 'New Year''s Day', false),
    ('2016-03-25', 'Good Friday', false),
    ('2016-03-28', 'Easter Monday', false),
    ('2016-05-02', 'Early May bank holiday', false),
    ('2016-05-30', 'Spring bank holiday', false),
    ('2016-08-29', 'Summer bank holiday', false),
    ('2016-12-26', 'Boxing Day', false),
    ('2016-12-27', 'Christmas Day (substitute day)', true),
    ('2017-01-02', 'New Year''s Day (substitute day)', true),
    ('2017-04-14', 'Good Friday', false),
    ('2017-04-17', 'Easter Monday', false),
    ('2017-05-01', 'Early May bank holiday', false),
    ('2017-05-29', 'Spring bank holiday', false),
    ('2017-08-28', 'Summer bank holiday', false),
    ('2017-12-25', 'Christmas Day', false),
    ('2017-12-26', 'Boxing Day', false),
    ('2018-01-01', 'New Year''s Day', false),
    ('2018-03-30', 'Good Friday', false),
    ('2018-04-02', 'Easter Monday', false),
    ('2018-05-07', 'Early May bank holiday', false),
    ('2018-05-28', 'Spring bank holiday', false),
    ('2018-08-27', 'Summer bank holiday', false),
    ('2018-12-25', 'Christmas Day', false),
    ('2018-12-26', 'Boxing Day', false),
    ('2019-01-01', 'New Year''s Day', false),
    ('2019-04-19', 'Good Friday', false),
    ('2019-04-22', 'Easter Monday', false),
    ('2019-05-06', 'Early May bank holiday', false),
    ('2019-05-27', 'Spring bank holiday', false),
    ('2019-08-26', 'Summer bank holiday', false),
    ('2019-12-25', 'Christmas Day', false),
    ('2019-12-26', 'Boxing Day', false),
    ('2020-01-01', 'New Year''s Day', false),
    ('2020-04-10', 'Good Friday', false),
    ('2020-04-13', 'Easter Monday', false),
    ('2020-05-08', 'Early May bank holiday (VE Day)', false),
    ('2020-05-25', 'Spring bank holiday', false),
    ('2020-08-31', 'Summer bank holiday', false),
    ('2020-12-25', 'Christmas Day', false),
    ('2020-12-28', 'Boxing Day (substitute day)', true),
    ('2021-01-01', 'New Year''s Day', false),
    ('2021-04-02', 'Good Friday', false),
    ('2021-04-05', 'Easter Monday', false),
    ('2021-05-03', 'Early May bank holiday', false),
    ('2021-05-31', 'Spring bank holiday', false),
    ('2021-08-30', 'Summer bank holiday', false),
    ('2021-12-27', 'Christmas Day (substitute day)', true),
    ('2021-12-28', 'Boxing Day (substitute day)', true),
    ('2022-01-03', 'New Year''s Day (substitute day)', true),
    ('2022-04-15', 'Good Friday', false),
    ('2022-04-18', 'Easter Monday', false),
    ('2022-05-02', 'Early May bank holiday', false),
    ('2022-06-02', 'Spring bank holiday', false),
    ('2022-06-03', 'Platinum Jubilee bank holiday', false),
    ('2022-08-29', 'Summer bank holiday', false),
    ('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II', false),
    ('2022-12-26', 'Boxing Day', false),
    ('2022-12-27', 'Christmas Day (substitute day)', true),
    ('2023-01-02', 'New Year''s Day (substitute day)', true),
    ('2023-04-07', 'Good Friday', false),
    ('2023-04-10', 'Easter Monday', false),
    ('2023-05-01', 'Early May bank holiday', false),
    ('2023-05-08', 'Bank holiday for the coronation of King Charles III', false),
    ('2023-05-29', 'Spring bank holiday', false),
    ('2023-08-28', 'Summer bank holiday', false),
    ('2023-12-25', 'Christmas Day', false),
    ('2023-12-26', 'Boxing Day', false),
    ('2024-01-01', 'New Year''s Day', false),
    ('2024-03-29', 'Good Friday', false),
    ('2024-04-01', 'Easter Monday', false),
    ('2024-05-06', 'Early May bank holiday', false),
    ('2024-05-27', 'Spring bank holiday', false),
    ('2024-08-26', 'Summer bank holiday', false),
    ('2024-12-25', 'Christmas Day', false),
    ('2024-12-26', 'Boxing Day', false),
    ('2025-01-01', 'New Year''s Day', false),
    ('2025-04-18', 'Good Friday', false),
    ('2025-04-21', 'Easter Monday', false),
    ('2025-05-05', 'Early May bank holiday', false),
    ('2025-05-26', 'Spring bank holiday', false),
    ('2025-08-25', 'Summer bank holiday', false),
    ('2025-12-25', 'Christmas Day', false),
    ('2025-12-26', 'Boxing Day', false),
    ('2026-01-01', 'New Year''s Day', false),
    ('2026-04-03', 'Good Friday', false),
    ('2026-04-06', 'Easter Monday', false),
    ('2026-05-04', 'Early May bank holiday', false),
    ('2026-05-25', 'Spring bank holiday', false),
    ('2026-08-31', 'Summer bank holiday', false),
    ('2026-12-25', 'Christmas Day', false),
    ('2026-12-28', 'Boxing Day (substitute day)', true),
    ('2027-01-01', 'New Year''s Day', false),
    ('2027-03-26', 'Good Friday', false),
    ('2027-03-29', 'Easter Monday', false),
    ('2027-05-03', 'Early May bank holiday', false),
    ('2027-05-31', 'Spring bank holiday', false),
    ('2027-08-30', 'Summer bank holiday', false),
    ('2027-12-27', 'Christmas Day (substitute day)', true),
    ('2027-12-28', 'Boxing Day (substitute day)', true),
    ('2028-01-03', 'New Year''s Day (substitute day)', true),
    ('2028-04-14', 'Good Friday', false),
    ('2028-04-17', 'Easter Monday', false),
    ('2028-05-01', 'Early May bank holiday', false),
    ('2028-05-29', 'Spring bank holiday', false),
    ('2028-08-28', 'Summer bank holiday', false),
    ('2028-12-25', 'Christmas Day', false),
    ('2028-12-26', 'Boxing Day', false),
    ('2029-01-01', 'New Year''s Day', false),
    ('2029-03-30', 'Good Friday', false),
    ('2029-04-02', 'Easter Monday', false),
    ('2029-05-07', 'Early May bank holiday', false),
    ('2029-05-28', 'Spring bank holiday', false),
    ('2029-08-27', 'Summer bank holiday', false),
    ('2029-12-25', 'Christmas Day', false),
    ('2029-12-26', 'Boxing Day', false),
    ('2030-01-01', 'New Year''s Day', false),
    ('2030-04-19', 'Good Friday', false),
    ('2030-04-22', 'Easter Monday', false),
    ('2030-05-06', 'Early May bank holiday', false),
    ('2030-05-27', 'Spring bank holiday', false),
    ('2030-08-26', 'Summer bank holiday', false),
    ('2030-12-25', 'Christmas Day', false),
    ('2030-12-26', 'Boxing Day', false);

-- What the Victims' Code promises each victim, as tasks with due dates in working days (domain.md 5.3).
-- Days are counted from the triggering event (0 = the same working day). verified = false where the Code
-- sets no fixed limit and the figure is this force's own service standard.
create table victim_entitlement (
    code          text primary key,
    name          text not null,
    code_right    integer not null check (code_right between 1 and 12),
    standard_days integer not null check (standard_days >= 0),
    enhanced_days integer not null check (enhanced_days >= 0),
    measured      boolean not null,
    verified      boolean not null,
    source        text not null,
    display_order integer not null unique
);
insert into victim_entitlement (code, name, code_right, standard_days, enhanced_days, measured, verified, source, display_order) values
    ('WRITTEN_ACKNOWLEDGEMENT', 'Written acknowledgement of the report (crime reference, offence, officer''s contact)', 3, 1, 1, true, false,
     'Victims'' Code right 3; no fixed limit in the Code, force standard of 1 working day', 1),
    ('NEEDS_ASSESSMENT', 'Needs assessment, including whether enhanced rights apply', 4, 1, 1, false, false,
     'Victims'' Code right 4 (at report); force standard of 1 working day', 2),
    ('REFERRAL_TO_SUPPORT', 'Referral to victim support services (unless the victim declines)', 4, 2, 2, true, true,
     'Victims'' Code right 4: within 2 working days', 3),
    ('VPS_OFFER', 'Offer of a victim personal statement', 7, 5, 5, true, false,
     'Victims'' Code right 7 (with the witness statement); force standard of 5 working days', 4),
    ('UPDATE_ON_DECISION', 'Update on a key decision in the investigation', 6, 5, 1, true, true,
     'Victims'' Code right 6: within 5 working days, 1 for enhanced rights', 5),
    ('TOLD_NOT_RECORDED', 'Told of the decision not to record the crime, and of the right to ask for a review', 6, 5, 1, false, true,
     'CRR26 p.10; Victims'' Code right 6: within 5 working days, 1 for enhanced rights', 6),
    ('TOLD_NOT_INVESTIGATED', 'Told of the decision not to investigate, and of the right to ask for a review', 6, 5, 1, false, true,
     'Victims'' Code right 6: within 5 working days, 1 for enhanced rights', 7),
    ('TOLD_INVESTIGATION_ENDED', 'Told of the decision to end the investigation, and of the right to ask for a review', 6, 5, 1, false, true,
     'Victims'' Code right 6: within 5 working days, 1 for enhanced rights', 8),
    ('OFFENDER_INFORMATION', 'Information about the suspect charged (the offender, after conviction)', 11, 5, 1, true, false,
     'Victims'' Code rights 9 and 11; 5 working days, 1 for enhanced rights, by analogy with right 6', 9);

-- Who has enhanced rights (domain.md 5.4). match_kind says how the criterion is applied: by offence group,
-- by classification, by crime flag, by age at recording, or by the needs assessment (no automatic match).
create table enhanced_rights_criterion (
    code       text primary key,
    category   text not null check (category in ('MOST_SERIOUS_CRIME', 'PERSISTENTLY_TARGETED', 'VULNERABLE_OR_INTIMIDATED')),
    name       text not null,
    match_kind text not null check (match_kind in ('OFFENCE_GROUP', 'CLASSIFICATION', 'FLAG', 'UNDER_AGE', 'ASSESSMENT')),
    match_value text,
    verified   boolean not null,
    source     text not null,
    check ((match_kind = 'ASSESSMENT') = (match_value is null))
);
insert into enhanced_rights_criterion (code, category, name, match_kind, match_value, verified, source) values
    ('SEXUAL_OFFENCE', 'MOST_SERIOUS_CRIME', 'Victim of a sexual offence', 'OFFENCE_GROUP', 'SEXUAL_OFFENCES', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('DOMESTIC_ABUSE', 'MOST_SERIOUS_CRIME', 'Victim of domestic abuse', 'FLAG', 'DOMESTIC_ABUSE', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('HATE_RACE', 'MOST_SERIOUS_CRIME', 'Victim of hate crime (race)', 'FLAG', 'HATE_RACE', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('HATE_RELIGION', 'MOST_SERIOUS_CRIME', 'Victim of hate crime (religion or belief)', 'FLAG', 'HATE_RELIGION', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('HATE_DISABILITY', 'MOST_SERIOUS_CRIME', 'Victim of hate crime (disability)', 'FLAG', 'HATE_DISABILITY', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('HATE_SEXUAL_ORIENTATION', 'MOST_SERIOUS_CRIME', 'Victim of hate crime (sexual orientation)', 'FLAG', 'HATE_SEXUAL_ORIENTATION', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('HATE_TRANSGENDER', 'MOST_SERIOUS_CRIME', 'Victim of hate crime (transgender)', 'FLAG', 'HATE_TRANSGENDER', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('HOMICIDE_BEREAVED', 'MOST_SERIOUS_CRIME', 'Close relative bereaved by homicide', 'CLASSIFICATION', '1', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('MANSLAUGHTER_BEREAVED', 'MOST_SERIOUS_CRIME', 'Close relative bereaved by manslaughter', 'CLASSIFICATION', '4/1', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('ATTEMPTED_MURDER', 'MOST_SERIOUS_CRIME', 'Victim of attempted murder', 'CLASSIFICATION', '2', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('KIDNAP_FALSE_IMPRISONMENT', 'MOST_SERIOUS_CRIME', 'Victim of kidnap or false imprisonment', 'CLASSIFICATION', '36', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('ARSON_ENDANGERING_LIFE', 'MOST_SERIOUS_CRIME', 'Victim of arson with intent to endanger life', 'CLASSIFICATION', '56A', true, 'Victims'' Code 2021; domain.md 5.4'),
    ('GBH_WITH_INTENT', 'MOST_SERIOUS_CRIME', 'Victim of wounding or GBH with intent', 'CLASSIFICATION', '5D', false, 'Victims'' Code 2021; domain.md 5.4 (list truncated in the source; 5D taken as s.18 wounding)'),
    ('UNDER_18', 'VULNERABLE_OR_INTIMIDATED', 'Victim under 18 at the time of recording', 'UNDER_AGE', '18', true, 'YJCEA 1999 s.16; domain.md 5.4'),
    ('VULNERABLE', 'VULNERABLE_OR_INTIMIDATED', 'Vulnerable victim (mental disorder, impairment, physical disability)', 'ASSESSMENT', null, false, 'YJCEA 1999 s.16 [K]; found by the needs assessment'),
    ('INTIMIDATED', 'VULNERABLE_OR_INTIMIDATED', 'Intimidated victim (fear or distress about giving evidence)', 'ASSESSMENT', null, false, 'YJCEA 1999 s.17 [K]; found by the needs assessment'),
    ('PERSISTENTLY_TARGETED', 'PERSISTENTLY_TARGETED', 'Persistently targeted victim', 'ASSESSMENT', null, true, 'Victims'' Code 2021; domain.md 5.4; found by the needs assessment');

-- A victim's entitlement as a piece of work. A task belongs to a crime's victim, or, for a decision not to
-- record, to a victim named in the incident's decision (crime_id null).
create table victim_task (
    id            bigserial primary key,
    entitlement   text not null references victim_entitlement (code),
    crime_id      bigint references crime (id),
    incident_id   bigint not null references incident (id),
    victim_id     bigint references victim (id),
    restricted    boolean not null,
    enhanced      boolean not null,
    reason        text not null,
    opened_at     timestamptz not null,
    due_on        date not null,
    status        text not null check (status in ('OPEN', 'DONE', 'DECLINED')),
    closed_at     timestamptz,
    closed_on     date,
    closed_by     text,
    closing_note  text,
    check ((status = 'OPEN') = (closed_at is null)),
    check ((closed_at is null) = (closed_on is null))
);
create index victim_task_open_due on victim_task (due_on, id) where status = 'OPEN';
create index victim_task_open_unrestricted on victim_task (due_on, id) where status = 'OPEN' and not restricted;
create index victim_task_crime on victim_task (crime_id);
create index victim_task_victim on victim_task (victim_id);
create index victim_task_due on victim_task (due_on);

create table victim_contact (
    id           bigserial primary key,
    victim_id    bigint not null references victim (id),
    crime_id     bigint references crime (id),
    task_id      bigint references victim_task (id),
    channel      text not null check (channel in ('PHONE', 'EMAIL', 'LETTER', 'TEXT_MESSAGE', 'IN_PERSON', 'VIDEO_CALL')),
    summary      text not null check (length(summary) between 1 and 5000),
    contacted_by text not null,
    contacted_role text not null,
    contacted_at timestamptz not null
);
create index victim_contact_victim on victim_contact (victim_id, contacted_at desc);

create table victim_contact_preference (
    id           bigserial primary key,
    victim_id    bigint not null unique references victim (id),
    channel      text not null check (channel in ('PHONE', 'EMAIL', 'LETTER', 'TEXT_MESSAGE', 'IN_PERSON', 'VIDEO_CALL')),
    frequency    text not null check (frequency in ('EACH_KEY_DECISION', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    safe_to_leave_messages boolean not null,
    notes        text,
    updated_by   text not null,
    updated_at   timestamptz not null
);

-- Victim satisfaction survey responses, on the Home Office user-satisfaction seven-point scale
-- (1 completely satisfied ... 7 completely dissatisfied; 1-3 count as satisfied).
create table satisfaction_response (
    id              bigserial primary key,
    crime_id        bigint not null references crime (id),
    surveyed_on     date not null,
    overall         integer not null check (overall between 1 and 7),
    ease_of_contact integer check (ease_of_contact between 1 and 7),
    actions_taken   integer check (actions_taken between 1 and 7),
    kept_informed   integer check (kept_informed between 1 and 7),
    treatment       integer check (treatment between 1 and 7),
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index satisfaction_response_surveyed on satisfaction_response (surveyed_on);

-- Offences triable only on indictment, for the out-of-court disposal policy. [K]: taken from the offence
-- statutes by this project; check against the CPS charging guidance before relying on it.
create table indictable_only_offence (
    classification_code text primary key references offence_classification (code),
    verified            boolean not null,
    source              text not null
);
insert into indictable_only_offence (classification_code, verified, source) values
    ('1', false, 'Murder: common law, indictable only'),
    ('2', false, 'Attempted murder: indictable only'),
    ('3A', false, 'Conspiracy to murder: indictable only'),
    ('4/1', false, 'Manslaughter: indictable only'),
    ('4/2', false, 'Infanticide: indictable only'),
    ('4/7', false, 'Causing or allowing death of a child or vulnerable adult: indictable only'),
    ('4/10', false, 'Corporate manslaughter: indictable only'),
    ('5D', false, 'Wounding or GBH with intent (OAPA 1861 s.18): indictable only'),
    ('10A', false, 'Possession of a firearm with intent: indictable only'),
    ('19C', false, 'Rape (SOA 2003 s.1): indictable only'),
    ('19D', false, 'Rape: indictable only'),
    ('19E', false, 'Rape of a child under 13 (SOA 2003 s.5): indictable only'),
    ('19F', false, 'Rape: indictable only'),
    ('19G', false, 'Rape: indictable only'),
    ('19H', false, 'Rape of a child under 13: indictable only'),
    ('19J', false, 'Rape: indictable only'),
    ('19K', false, 'Rape: indictable only'),
    ('29B', false, 'Aggravated burglary (Theft Act 1968 s.10): indictable only'),
    ('29C', false, 'Aggravated burglary: indictable only'),
    ('31A', false, 'Aggravated burglary: indictable only'),
    ('34A', false, 'Robbery (Theft Act 1968 s.8): indictable only'),
    ('34B', false, 'Robbery: indictable only'),
    ('36', false, 'Kidnapping and false imprisonment (common law): indictable only'),
    ('56A', false, 'Arson endangering life (Criminal Damage Act 1971 s.1(2)): indictable only');

-- The outcome policies (Kent 2013; OUT26), one row each, the one place their parameters live. A policy
-- either needs an authorisation by one of authorising_roles or, with none, is a condition the outcome must meet.
create table outcome_policy (
    code              text primary key,
    name              text not null,
    outcome_types     text[] not null,
    authorising_roles text[] not null,
    threshold         integer,
    reference         text not null,
    display_order     integer not null unique
);
insert into outcome_policy (code, name, outcome_types, authorising_roles, threshold, reference, display_order) values
    ('OUT_OF_COURT_INDICTABLE_ONLY', 'An out-of-court disposal for an indictable-only offence needs senior authorisation',
     '{2,2A,3,3A,6,7,8}', '{CRIME_REGISTRAR}', null, 'Kent 2013 (HMIC); OUT26 p.15; out-of-court resolutions guidance', 1),
    ('COMMUNITY_RESOLUTION_DOMESTIC_ABUSE', 'A community resolution for domestic abuse needs supervisor authorisation',
     '{8}', '{SUPERVISOR,CRIME_REGISTRAR}', null, 'OUT26 p.15: exceptionally, with inspector authority', 2),
    ('SIGNIFICANT_OFFENDING_HISTORY', 'A caution or penalty notice for a person with a significant offending history needs authorisation',
     '{2,2A,3,3A,6}', '{SUPERVISOR,CRIME_REGISTRAR}', 3,
     'Kent 2013 (HMIC): cautions and penalty notices given to people with long offending histories; threshold = previous offences', 3),
    ('TIC_NAMES_THE_CASE', 'A taken-into-consideration outcome must name the case it was taken with',
     '{4}', '{}', null, 'OUT26 p.13', 4);

-- An outcome applied (or proposed, while it waits for an authorisation) to a crime.
create table crime_outcome (
    id                 bigserial primary key,
    crime_id           bigint not null references crime (id),
    outcome_type_code  text not null references outcome_type (code),
    suspect_id         bigint references suspect (id),
    previous_offences  integer check (previous_offences >= 0),
    tic_case_reference text,
    reason             text not null check (length(reason) > 0),
    needs_authorisation text[] not null default '{}',
    status             text not null check (status in ('PROPOSED', 'APPLIED', 'REJECTED')),
    proposed_by        text not null,
    proposed_role      text not null,
    proposed_at        timestamptz not null,
    applied_at         timestamptz
);
create index crime_outcome_crime on crime_outcome (crime_id, proposed_at);
create index crime_outcome_applied on crime_outcome (applied_at) where status = 'APPLIED';
create unique index crime_outcome_one_open on crime_outcome (crime_id) where status = 'PROPOSED';

create table outcome_authorisation (
    id            bigserial primary key,
    outcome_id    bigint not null references crime_outcome (id),
    policy_code   text not null references outcome_policy (code),
    granted       boolean not null,
    authorised_by text not null,
    authorised_role text not null,
    authorised_at timestamptz not null,
    note          text not null check (length(note) > 0)
);
create index outcome_authorisation_outcome on outcome_authorisation (outcome_id);
