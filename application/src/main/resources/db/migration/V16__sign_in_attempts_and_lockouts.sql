-- Every sign-in attempt, kept as the audit of who tried to sign in as whom and from where, and the
-- lockouts it caused. The username is stored as typed (cut to 100 characters), so attempts against
-- names that have no account are audited and throttled too, and a lockout says nothing about
-- whether an account exists.
create table sign_in_attempts (
    id             bigint generated always as identity primary key,
    username       text not null check (length(username) <= 100),
    attempted_at   timestamptz not null,
    outcome        text not null check (outcome in ('SUCCEEDED', 'FAILED', 'REFUSED_LOCKED', 'REFUSED_THROTTLED')),
    remote_address text check (length(remote_address) <= 64)
);
create index sign_in_attempts_by_username on sign_in_attempts (username, attempted_at);
create index sign_in_attempts_by_address on sign_in_attempts (remote_address, attempted_at) where outcome = 'FAILED';
create index sign_in_attempts_failed on sign_in_attempts (attempted_at) where outcome <> 'SUCCEEDED';

-- A lockout is appended, never edited except to say who lifted it early and when.
create table account_lockouts (
    id           bigint generated always as identity primary key,
    username     text not null check (length(username) <= 100),
    locked_at    timestamptz not null,
    locked_until timestamptz not null check (locked_until > locked_at),
    failures     integer not null check (failures > 0),
    unlocked_at  timestamptz,
    unlocked_by  text,
    check ((unlocked_at is null) = (unlocked_by is null))
);
create index account_lockouts_by_username on account_lockouts (username, locked_until);
