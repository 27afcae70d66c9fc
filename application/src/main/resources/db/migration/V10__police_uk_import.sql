-- Imported data.police.uk files (domain.md 8): each file once, by its SHA-256, its rows loaded whole or not at all.
-- The row tables are partitioned by import: each file's rows are copied into a table of their own and attached
-- as a partition in the same transaction that records the import, so a stopped import leaves nothing behind.

create table police_uk_import (
    id              bigserial primary key,
    file_name       text not null,
    file_sha256     text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    content_sha256  text check (content_sha256 ~ '^[0-9a-f]{64}$'),
    kind            text check (kind in ('street', 'outcomes', 'stop-and-search')),
    status          text not null check (status in ('loaded', 'same-content', 'rejected')),
    same_as         bigint references police_uk_import (id),
    rows_read       bigint not null default 0 check (rows_read >= 0),
    rows_loaded     bigint not null default 0 check (rows_loaded >= 0),
    rows_rejected   bigint not null default 0 check (rows_rejected >= 0),
    imported_by     text not null,
    imported_at     timestamptz not null default now(),
    check (status <> 'same-content' or same_as is not null)
);

-- A file (by its bytes) is imported once; so is a content (a gzipped copy of a loaded plain file is the same rows).
create unique index police_uk_import_file_once on police_uk_import (file_sha256) where status <> 'rejected';
create unique index police_uk_import_content_once on police_uk_import (content_sha256) where status = 'loaded';

-- Every rejected row and every value not in the published category lists (file, line, column, value, reason).
-- 'rejected' findings kept the row out; 'warning' findings loaded the row with the value as published.
create table police_uk_import_finding (
    import_id   bigint not null references police_uk_import (id),
    line        bigint,
    column_name text,
    value       text,
    reason      text not null,
    severity    text not null check (severity in ('rejected', 'warning'))
);
create index police_uk_import_finding_by_import on police_uk_import_finding (import_id, line);

-- Labels published in the files that differ from the API names of police_uk_outcome_category (data.police.uk
-- relabelled some categories over the years; both spellings occur in real files).
create table police_uk_outcome_label (
    label        text primary key,
    outcome_code text not null references police_uk_outcome_category (code)
);
insert into police_uk_outcome_label (label, outcome_code)
select name, code from police_uk_outcome_category;
insert into police_uk_outcome_label (label, outcome_code) values
    ('Offender given penalty notice', 'penalty-notice-issued'),
    ('Awaiting court outcome', 'awaiting-court-result'),
    ('Formal action is not in the public interest', 'formal-action-not-in-public-interest')
on conflict (label) do nothing;

create table police_uk_street_crime (
    import_id      bigint not null,
    line           bigint not null,
    crime_id       text,
    month          date not null,
    reported_by    text not null,
    falls_within   text not null,
    longitude      double precision,
    latitude       double precision,
    location       text not null,
    lsoa_code      text,
    lsoa_name      text,
    crime_type     text not null,
    category_slug  text,
    last_outcome   text,
    outcome_code   text,
    context        text
) partition by list (import_id);

create table police_uk_outcome (
    import_id      bigint not null,
    line           bigint not null,
    crime_id       text not null,
    month          date not null,
    reported_by    text not null,
    falls_within   text not null,
    longitude      double precision,
    latitude       double precision,
    location       text not null,
    lsoa_code      text,
    lsoa_name      text,
    outcome_type   text not null,
    outcome_code   text
) partition by list (import_id);

create table police_uk_stop_and_search (
    import_id                  bigint not null,
    line                       bigint not null,
    type                       text not null,
    searched_at                timestamptz not null,
    part_of_operation          boolean,
    operation                  text,
    latitude                   double precision,
    longitude                  double precision,
    gender                     text,
    age_range                  text,
    self_defined_ethnicity     text,
    officer_defined_ethnicity  text,
    legislation                text,
    object_of_search           text,
    outcome                    text,
    outcome_linked_to_object   boolean,
    removal_of_outer_clothing  boolean
) partition by list (import_id);
