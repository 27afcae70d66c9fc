-- The victim service queue's counts (V18) spread over sixteen stripes. Every crime recorded on a day opens its
-- victim's tasks due on the same few days, so with one summary row per due day every recording transaction
-- updated the same rows and held their locks until it committed: concurrent recordings queued behind each other
-- there (sampled under load, more than four sessions in five were waiting on that lock). Each database session now adds its
-- changes to its own stripe of a day (its process id modulo 16), so sessions no longer wait on each other, and
-- readers sum the stripes as they already summed the days. A stripe's count may go below zero (a task opened in
-- one session and closed in another); only the sums mean anything.
alter table victim_task_open_day add column stripe smallint not null default 0 check (stripe between 0 and 15);
alter table victim_task_open_day drop constraint victim_task_open_day_pkey;
alter table victim_task_open_day add primary key (due_on, restricted, stripe);

create or replace function victim_task_open_day_insert() returns trigger language plpgsql as $$
begin
    insert into victim_task_open_day as d (due_on, restricted, stripe, open)
    select due_on, restricted, pg_backend_pid() % 16, count(*) from new_rows where status = 'OPEN'
    group by due_on, restricted order by due_on, restricted
    on conflict (due_on, restricted, stripe) do update set open = d.open + excluded.open;
    return null;
end $$;

create or replace function victim_task_open_day_update() returns trigger language plpgsql as $$
begin
    insert into victim_task_open_day as d (due_on, restricted, stripe, open)
    select due_on, restricted, pg_backend_pid() % 16, sum(delta) from (
        select due_on, restricted, 1 as delta from new_rows where status = 'OPEN'
        union all
        select due_on, restricted, -1 from old_rows where status = 'OPEN') change
    group by due_on, restricted having sum(delta) <> 0 order by due_on, restricted
    on conflict (due_on, restricted, stripe) do update set open = d.open + excluded.open;
    return null;
end $$;

create or replace function victim_task_open_day_delete() returns trigger language plpgsql as $$
begin
    insert into victim_task_open_day as d (due_on, restricted, stripe, open)
    select due_on, restricted, pg_backend_pid() % 16, -count(*) from old_rows where status = 'OPEN'
    group by due_on, restricted order by due_on, restricted
    on conflict (due_on, restricted, stripe) do update set open = d.open + excluded.open;
    return null;
end $$;
