-- Incident and crime reference numbers from PostgreSQL sequences (ADR 0024), one per day for incidents
-- (reference_numbers.incident_YYYYMMDD) and one per year for crimes (reference_numbers.crime_YYYY), made on first
-- use. Taking a number locks no row and needs no transaction of its own, so it is taken inside the statement that
-- writes the record; a record that fails leaves its number unused (a gap), as the counter tables did.
create schema reference_numbers;

-- The sequence behind a counter, made if it does not exist yet. Two sessions making the same one at the same
-- moment: the second waits for the first, then finds it.
create function reference_numbers.counter(name text) returns regclass
language plpgsql as $$
declare
    found regclass := to_regclass('reference_numbers.' || quote_ident(name));
begin
    if found is null then
        begin
            execute format('create sequence if not exists reference_numbers.%I as bigint minvalue 1', name);
        exception when unique_violation or duplicate_table then
            null;
        end;
        found := to_regclass('reference_numbers.' || quote_ident(name));
    end if;
    return found;
end $$;

-- The counter's next number, written with at least `width` digits (DS-20261127-00042, DS/2026/000123).
create function reference_numbers.take(name text, width integer) returns text
language plpgsql as $$
declare
    taken text := nextval(reference_numbers.counter(name))::text;
begin
    return lpad(taken, greatest(width, length(taken)), '0');
end $$;

-- Sets where a counter stands (the synthetic force, after writing its own numbers).
create function reference_numbers.set_last(name text, last_number bigint) returns void
language sql as $$
    select setval(reference_numbers.counter(name), last_number, true);
$$;

-- The counters as they stand; last_number is null for a counter made but never used.
create view reference_numbers.counters as
select sequencename::text as name, last_value as last_number
from pg_sequences where schemaname = 'reference_numbers';

select reference_numbers.set_last('incident_' || to_char(day, 'YYYYMMDD'), last_number)
from incident_reference_counter where last_number > 0;
select reference_numbers.set_last('crime_' || year, last_number)
from crime_reference_counter where last_number > 0;

drop table incident_reference_counter;
drop table crime_reference_counter;
