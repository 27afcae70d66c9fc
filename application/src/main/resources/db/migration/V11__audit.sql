-- Inspection-grade audits (org.crimeledger.audit): a plan with its population, strata, target precision and
-- the sample sizes computed from it; the seeded sample drawn from that population; and the reviewers'
-- judgements. Plans and judgements are ledgered; sample items are not, because the plan's population,
-- sizes and seed redraw them exactly.

create table audit_plan (
    id                           bigserial primary key,
    name                         text not null check (length(name) between 1 and 200),
    population                   text not null check (population in ('CRIME_RELATED_INCIDENTS', 'ASB_AND_PUBLIC_SAFETY',
                                     'N100_AND_RAPE', 'CANCELLED_CRIMES', 'VULNERABLE_PEOPLE_UNIT')),
    period_from                  date not null,
    period_to                    date not null,
    stratified                   boolean not null,
    target_half_width            numeric(7, 5) not null check (target_half_width > 0 and target_half_width < 0.5),
    expected_rate                numeric(7, 5) not null check (expected_rate > 0 and expected_rate < 1),
    confidence                   numeric(7, 5) not null check (confidence > 0.5 and confidence < 1),
    design_effect                numeric(6, 3) not null check (design_effect >= 1),
    crimes_per_incident          numeric(6, 3) not null check (crimes_per_incident > 0),
    seed                         bigint not null,
    recorded_crime_twelve_months bigint check (recorded_crime_twelve_months >= 0),
    working                      text not null,
    created_by                   text not null,
    created_at                   timestamptz not null,
    check (period_to >= period_from)
);

create table audit_stratum (
    plan_id              bigint not null references audit_plan (id),
    code                 text not null,
    population_incidents bigint not null check (population_incidents > 0),
    sample_size          integer not null check (sample_size > 0 and sample_size <= population_incidents),
    primary key (plan_id, code)
);

create table audit_sample_item (
    id          bigserial primary key,
    plan_id     bigint not null references audit_plan (id),
    stratum     text not null,
    incident_id bigint not null references incident (id),
    unique (plan_id, incident_id),
    foreign key (plan_id, stratum) references audit_stratum (plan_id, code)
);

-- FIRST and SECOND are two auditors' independent reviews; ARBITRATION is the Force Crime Registrar's ruling
-- where they disagree. The estimate uses the arbitration, else the agreed (or only) review.
create table audit_judgement (
    id                        bigserial primary key,
    item_id                   bigint not null references audit_sample_item (id),
    review                    text not null check (review in ('FIRST', 'SECOND', 'ARBITRATION')),
    should_have_been_recorded integer not null check (should_have_been_recorded >= 0),
    recorded                  integer not null check (recorded >= 0 and recorded <= should_have_been_recorded),
    expected_classifications  text[] not null default '{}',
    correctly_classified      boolean,
    recorded_on_time          boolean,
    victim_informed           boolean,
    decision_correct          boolean,
    note                      text check (length(note) <= 4000),
    reviewer                  text not null,
    reviewer_role             text not null,
    judged_at                 timestamptz not null,
    unique (item_id, review)
);
create index audit_judgement_item on audit_judgement (item_id);
