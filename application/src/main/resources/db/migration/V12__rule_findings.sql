-- Findings of the Crime Recording Rules catalogue (org.crimeledger.rules, docs/rules.md).
-- A batch run writes all its findings under its own run row in one transaction, so a reader sees a run whole or
-- not at all; the findings page shows the latest finished run. Rule codes are stable and never reused.

create table rule_run (
    id                bigserial primary key,
    started_at        timestamptz not null,
    finished_at       timestamptz not null,
    as_of             timestamptz not null,
    started_by        text not null,
    incidents_checked bigint not null check (incidents_checked >= 0),
    errors            bigint not null check (errors >= 0),
    warnings          bigint not null check (warnings >= 0),
    information       bigint not null check (information >= 0)
);

create table rule_finding (
    id                 bigserial primary key,
    run_id             bigint not null references rule_run (id) on delete cascade,
    rule_code          text not null check (rule_code ~ '^CRR-[A-Z]+-[0-9]{3}$'),
    severity           text not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    incident_id        bigint not null references incident (id),
    incident_reference text not null,
    record_kind        text not null,
    record_reference   text not null,
    detail             text not null
);
create index rule_finding_run_code on rule_finding (run_id, rule_code);
create index rule_finding_run_severity on rule_finding (run_id, severity);

-- Warnings accepted at the point of entry, with the reason the person gave (errors block and are never stored here).
create table rule_acknowledgement (
    id               bigserial primary key,
    incident_id      bigint not null references incident (id),
    rule_code        text not null check (rule_code ~ '^CRR-[A-Z]+-[0-9]{3}$'),
    detail           text not null,
    reason           text not null check (length(btrim(reason)) > 0),
    acknowledged_by  text not null,
    acknowledged_role text not null,
    acknowledged_at  timestamptz not null
);
create index rule_acknowledgement_incident on rule_acknowledgement (incident_id);
