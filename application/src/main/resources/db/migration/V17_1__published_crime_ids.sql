-- The Crime ID each published crime carries (a keyed hash of its reference, publication.internal.CrimeIdentifiers),
-- kept once a month including the crime has been published, so "outcomes for a crime" can find the crime by it.
create table published_crime_id (
    crime_id      bigint primary key references crime (id),
    persistent_id text not null unique check (persistent_id ~ '^[0-9a-f]{64}$')
);
