-- The ledger: every change to a record, each entry carrying the SHA-256 of its contents and of the entry
-- before it, so altering, removing or slipping in an entry breaks the chain (org.crimeledger.ledger.LedgerVerifier).
create table ledger_entry (
    sequence      bigint primary key check (sequence > 0),
    recorded_at   timestamptz not null,
    actor         text not null,
    role          text not null,
    action        text not null,
    record_type   text not null,
    record_id     text not null,
    reason        text,
    before        jsonb,
    after         jsonb,
    previous_hash text not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          text not null check (hash ~ '^[0-9a-f]{64}$')
);
create index ledger_entry_record on ledger_entry (record_type, record_id, sequence);

-- The last entry's sequence and hash. Appends lock this one row, so entries are numbered without gaps, and a
-- verifier can tell that entries were removed from the end.
create table ledger_head (
    id            integer primary key check (id = 1),
    last_sequence bigint not null check (last_sequence >= 0),
    last_hash     text not null check (last_hash ~ '^[0-9a-f]{64}$')
);
insert into ledger_head (id, last_sequence, last_hash) values (1, 0, repeat('0', 64));

-- Who read a victim's personal details, when, which record and why (Data Protection Act 2018 s.62).
create table personal_data_access (
    id          bigserial primary key,
    accessed_at timestamptz not null,
    actor       text not null,
    role        text not null,
    record_type text not null,
    record_id   text not null,
    purpose     text not null check (length(btrim(purpose)) > 0)
);
create index personal_data_access_recent on personal_data_access (accessed_at desc);
create index personal_data_access_record on personal_data_access (record_type, record_id, accessed_at);

-- Both logs only grow. The verifier still catches a change made by someone able to drop these triggers;
-- the triggers stop the application, a script or a careless test from rewriting history by mistake.
create function refuse_rewriting_history() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end
$$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function refuse_rewriting_history();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function refuse_rewriting_history();
create trigger personal_data_access_append_only before update or delete on personal_data_access
    for each row execute function refuse_rewriting_history();
create trigger personal_data_access_no_truncate before truncate on personal_data_access
    for each statement execute function refuse_rewriting_history();
