-- Ledger lanes: the ledger becomes sixteen hash chains instead of one, so concurrent transactions append
-- side by side instead of queueing on one head row (docs/adr/0005-ledger-lanes.md). Each lane is a chain of
-- its own, numbered from 1 without gaps (lane_sequence) and starting from the genesis hash; its row in
-- ledger_lane records its last entry, so removing entries from a lane's end still shows. Every entry keeps
-- a ledger-wide sequence, unique and rising with time, drawn from a PostgreSQL sequence (so it may skip
-- numbers after a rollback); it stays the entry's name and part of its hash.
create table ledger_lane (
    lane               smallint primary key check (lane between 1 and 16),
    last_lane_sequence bigint not null check (last_lane_sequence >= 0),
    last_sequence      bigint check (last_sequence > 0),
    last_hash          text not null check (last_hash ~ '^[0-9a-f]{64}$'),
    check ((last_lane_sequence = 0) = (last_sequence is null))
) with (fillfactor = 10, vacuum_truncate = false);

-- The single chain so far becomes lane 1, unchanged; the other lanes start empty.
alter table ledger_entry disable trigger ledger_entry_append_only;
alter table ledger_entry add column lane smallint, add column lane_sequence bigint;
update ledger_entry set lane = 1, lane_sequence = sequence;
alter table ledger_entry enable trigger ledger_entry_append_only;
alter table ledger_entry alter column lane set not null, alter column lane_sequence set not null,
    add constraint ledger_entry_lane_position unique (lane, lane_sequence),
    add constraint ledger_entry_lane_sequence_positive check (lane_sequence > 0);

insert into ledger_lane (lane, last_lane_sequence, last_sequence, last_hash)
select 1, last_sequence, nullif(last_sequence, 0), last_hash from ledger_head;
insert into ledger_lane (lane, last_lane_sequence, last_sequence, last_hash)
select lane, 0, null, repeat('0', 64) from generate_series(2, 16) as lane;
drop table ledger_head;

create sequence ledger_entry_sequence as bigint;
select setval('ledger_entry_sequence', greatest((select max(sequence) from ledger_entry), 1),
              (select max(sequence) from ledger_entry) is not null);
