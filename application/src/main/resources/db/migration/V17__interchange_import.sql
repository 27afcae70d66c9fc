-- Extracts of other records systems in the interchange format (docs/interchange.md), imported so the catalogue's
-- rules can run on a force that keeps another system. One import is one extract, loaded in one transaction: a
-- process stopped at any moment leaves nothing of it. Each table has the format's columns, by the same names.

create table interchange_import (
    id             bigserial primary key,
    folder         text not null,
    extract_sha256 text not null check (extract_sha256 ~ '^[0-9a-f]{64}$'),
    rows_read      bigint not null check (rows_read >= 0),
    rows_loaded    bigint not null check (rows_loaded >= 0),
    rows_left_out  bigint not null check (rows_left_out >= 0),
    findings       bigint not null check (findings >= 0),
    imported_by    text not null,
    imported_at    timestamptz not null default now()
);
-- The same files (by the SHA-256 of each) are imported once.
create unique index interchange_import_once on interchange_import (extract_sha256);

create table interchange_import_file (
    import_id     bigint not null references interchange_import (id),
    file_name     text not null,
    file_sha256   text check (file_sha256 ~ '^[0-9a-f]{64}$'),
    ending        text not null check (ending in ('read', 'missing', 'unreadable')),
    rows_read     bigint not null check (rows_read >= 0),
    rows_loaded   bigint not null check (rows_loaded >= 0),
    rows_left_out bigint not null check (rows_left_out >= 0),
    primary key (import_id, file_name)
);

-- Format findings (CSV-001 to CSV-008) and the catalogue's findings (CRR-...) on the imported records, placed at
-- file, line and column. The first findings of an import are kept; all are counted on interchange_import.
create table interchange_import_finding (
    import_id   bigint not null references interchange_import (id),
    file_name   text not null,
    line        bigint not null,
    column_name text,
    record      text,
    code        text not null,
    severity    text not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    message     text not null
);
create index interchange_import_finding_by_import on interchange_import_finding (import_id, file_name, line);

create table interchange_incident (
    import_id               bigint not null references interchange_import (id),
    line                    bigint not null,
    incident_ref            text not null,
    received_at             timestamptz not null,
    crime_related           boolean not null,
    reporter_relation       text not null,
    reported_classification text,
    closed_at               timestamptz,
    primary key (import_id, incident_ref)
);

create table interchange_decision (
    import_id       bigint not null references interchange_import (id),
    line            bigint not null,
    incident_ref    text not null,
    kind            text not null,
    no_crime_reason text,
    explanation     text,
    n100_subcode    text,
    transfer_force  text,
    decided_at      timestamptz not null,
    primary key (import_id, incident_ref)
);

create table interchange_victim (
    import_id     bigint not null references interchange_import (id),
    line          bigint not null,
    victim_id     text not null,
    incident_ref  text not null,
    person_key    text,
    date_of_birth date,
    primary key (import_id, incident_ref, victim_id)
);

create table interchange_crime (
    import_id             bigint not null references interchange_import (id),
    line                  bigint not null,
    crime_ref             text not null,
    incident_ref          text not null,
    classification        text not null,
    victim_ids            text[] not null,
    offender_group        text,
    offence_from          timestamptz,
    offence_to            timestamptz,
    reported_at           timestamptz,
    recorded_at           timestamptz not null,
    status                text,
    flags                 text[] not null,
    relationship          text,
    named_suspect         boolean,
    suspect_date_of_birth date,
    mode_of_trial         text,
    primary key (import_id, crime_ref)
);
create index interchange_crime_by_incident on interchange_crime (import_id, incident_ref);

create table interchange_outcome (
    import_id                 bigint not null references interchange_import (id),
    line                      bigint not null,
    outcome_ref               text not null,
    crime_ref                 text not null,
    type                      text not null,
    outcome_at                timestamptz not null,
    authorised_rank           text,
    suspect_previous_offences integer,
    primary key (import_id, outcome_ref)
);

create table interchange_cancellation (
    import_id              bigint not null references interchange_import (id),
    line                   bigint not null,
    cancellation_ref       text not null,
    crime_ref              text not null,
    class                  text not null,
    additional_information text,
    decided_by             text,
    target_force           text,
    target_force_reference text,
    duplicate_of           text,
    victim_told_at         timestamptz,
    decided_at             timestamptz,
    status                 text,
    primary key (import_id, cancellation_ref)
);

create table interchange_reclassification (
    import_id            bigint not null references interchange_import (id),
    line                 bigint not null,
    reclassification_ref text not null,
    crime_ref            text not null,
    from_class           text not null,
    to_class             text not null,
    downgrade            boolean not null,
    reason               text,
    decided_by           text,
    decided_at           timestamptz,
    status               text,
    primary key (import_id, reclassification_ref)
);
