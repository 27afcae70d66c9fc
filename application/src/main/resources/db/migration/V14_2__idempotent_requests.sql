-- The first response to each API write sent with an Idempotency-Key, kept for a day: a retry with the same key
-- gets this response back and writes nothing. The row is inserted in the same transaction as the write, so a
-- write and its remembered response commit together or not at all.
create table idempotent_request (
    principal       text not null,
    idempotency_key text not null check (length(idempotency_key) between 1 and 255),
    request_sha256  bytea not null,
    method          text not null,
    path            text not null,
    status          integer not null,
    content_type    text,
    location        text,
    body            bytea not null,
    created_at      timestamptz not null,
    primary key (principal, idempotency_key)
);
create index idempotent_request_created on idempotent_request (created_at);
