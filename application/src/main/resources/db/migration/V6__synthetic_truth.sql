-- Ground truth of the synthetic force (`crimeledger generate`, org.crimeledger.synthetic): for every generated
-- incident, what the Crime Recording Rules required and what the force actually did, so an audit's estimates
-- (recording rate, unrecorded crimes, wrong cancellations) can be checked against known truth. Real incidents
-- never have a row here.

-- One generation run and the settings it used (seed, size, period and the recording-practice knobs).
create table synthetic_run (
    id                bigserial primary key,
    seed              bigint not null,
    incidents         integer not null check (incidents >= 0),
    start_date        date not null,
    days              integer not null check (days > 0),
    settings          text not null,
    first_incident_id bigint,
    last_incident_id  bigint,
    check ((first_incident_id is null) = (incidents = 0))
);

create table synthetic_truth (
    incident_id          bigint primary key references incident (id),
    run_id               bigint not null references synthetic_run (id),
    -- Whether the report disclosed a possible crime, so a crime-recording decision was needed.
    crime_related        boolean not null,
    -- Whether, on the information at the time of the report, crime(s) should have been recorded (CRR26 p.7).
    should_record        boolean not null,
    -- The classification of each crime that should have been recorded: one per victim-offender relationship,
    -- after the principal crime rule (CRR26 pp.12-13); empty when none should have been.
    true_classifications text[] not null default '{}',
    -- Offence group of the first (principal) true classification: the audit's stratum.
    principal_group      text references offence_group (code),
    victim_count         integer not null check (victim_count >= 0),
    -- Crime rows the force actually created from the incident, whatever became of them later.
    recorded_crimes      integer not null check (recorded_crimes >= 0),
    -- Whether the crime-recording decision came after its deadline (CRR26 p.10).
    decided_late         boolean not null,
    treatment            text not null check (treatment in ('NOT_CRIME_RELATED', 'AWAITING_DECISION',
                             'CORRECTLY_NOT_RECORDED', 'RECORDED_CORRECTLY', 'RECORDED_LATE', 'UNDER_RECORDED',
                             'DOWNGRADED', 'WRONGLY_CANCELLED', 'CORRECTLY_CANCELLED')),
    check (should_record = (cardinality(true_classifications) > 0)),
    check (should_record = (principal_group is not null)),
    check (crime_related or (not should_record and treatment = 'NOT_CRIME_RELATED')),
    check (treatment <> 'NOT_CRIME_RELATED' or not crime_related),
    check (treatment not in ('RECORDED_CORRECTLY', 'RECORDED_LATE', 'UNDER_RECORDED', 'DOWNGRADED',
                             'WRONGLY_CANCELLED', 'CORRECTLY_CANCELLED') or should_record),
    check (treatment <> 'CORRECTLY_NOT_RECORDED' or not should_record)
);
create index synthetic_truth_run on synthetic_truth (run_id, treatment);
