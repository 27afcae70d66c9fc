-- Rows every writer updates (the ledger head, the reference counters) pile up dead versions fast.
-- Leave room for in-page (HOT) updates, and stop autovacuum truncating these tiny tables: truncation
-- takes an exclusive lock that stalls every writer queued behind the head for seconds.
alter table ledger_head set (fillfactor = 10, vacuum_truncate = false);
alter table incident_reference_counter set (fillfactor = 10, vacuum_truncate = false);
alter table crime_reference_counter set (fillfactor = 10, vacuum_truncate = false);
