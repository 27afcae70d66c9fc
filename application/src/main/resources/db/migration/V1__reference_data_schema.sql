-- Reference data of the Home Office Crime Recording Rules and data.police.uk.
-- Every table carries `verified`: false where domain.md tags the fact [K] (unconfirmed) or [D] (derived),
-- so pages and reports can show which facts still need checking against the primary text.

create table offence_group (
    code          text primary key,
    name          text not null unique,
    display_order integer not null unique
);

create table police_uk_crime_category (
    slug          text primary key,
    label         text not null unique,
    is_crime      boolean not null,
    description   text not null,
    display_order integer not null unique
);

create table police_uk_outcome_category (
    code          text primary key,
    name          text not null,
    decided_by    text not null check (decided_by in ('police', 'court')),
    display_order integer not null unique
);

create table offence_classification (
    code                     text primary key,
    name                     text not null,
    offence_group_code       text not null references offence_group (code),
    offence_subgroup         text,
    victim_based             boolean not null,
    notifiable               boolean not null,
    course_of_conduct        boolean not null default false,
    seriousness_rank         integer not null check (seriousness_rank > 0),
    seriousness_verified     boolean not null,
    police_uk_category_slug  text not null references police_uk_crime_category (slug),
    police_uk_verified       boolean not null,
    verified                 boolean not null,
    source                   text not null,
    display_order            integer not null unique
);

create table outcome_group (
    code          text primary key,
    name          text not null unique,
    display_order integer not null unique
);

create table outcome_type (
    code                        text primary key,
    name                        text not null,
    outcome_group_code          text not null references outcome_group (code),
    named_suspect_required      boolean not null,
    true_identity_required      boolean not null,
    suspect_told_required       boolean not null,
    police_uk_outcome_code      text references police_uk_outcome_category (code),
    police_uk_verified          boolean not null,
    verified                    boolean not null,
    source                      text not null,
    display_order               integer not null unique
);

create table cancellation_class (
    code                          text primary key check (code ~ '^C[0-9]$'),
    name                          text not null,
    meaning                       text not null,
    evidence_required             text not null,
    transfer                      boolean not null,
    victim_told_before_removal    boolean not null,
    needs_additional_verifiable_information boolean not null,
    verified                      boolean not null,
    source                        text not null
);
