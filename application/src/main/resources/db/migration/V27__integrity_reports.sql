-- Integrity reports as computed, so the dashboard, the JSON and the PCC's view read a stored report instead of
-- counting a year of records on the first request. One row per month, level and view (officers by name for the
-- Crime Registrar, by pseudonym for everyone else); a newer computation replaces the row. scheduled marks the
-- reports the scheduled recomputation keeps fresh; a report computed on request is reused only briefly.
create table integrity_report (
    as_of         date not null check (extract(day from as_of) = 1),
    level         text not null check (level in ('TEAM', 'STATION', 'OFFICER')),
    pseudonymised boolean not null,
    report        jsonb not null,
    computed_at   timestamptz not null,
    scheduled     boolean not null,
    primary key (as_of, level, pseudonymised)
);
