-- The victim service queue's counts (open, overdue, due today) without reading every open task: open tasks
-- counted by due day and need-to-know, kept by statement triggers in the same transaction as the change to
-- the tasks, so the counts are never stale. The queue and the home pages sum a few hundred rows.
create table victim_task_open_day (
    due_on     date not null,
    restricted boolean not null,
    open       bigint not null,
    primary key (due_on, restricted)
);

insert into victim_task_open_day (due_on, restricted, open)
select due_on, restricted, count(*) from victim_task where status = 'OPEN' group by due_on, restricted;

-- One statement's change to the open tasks, as a signed count per day; rows are touched in key order so
-- concurrent changes cannot deadlock on the summary.
create function victim_task_open_day_insert() returns trigger language plpgsql as $$
begin
    insert into victim_task_open_day as d (due_on, restricted, open)
    select due_on, restricted, count(*) from new_rows where status = 'OPEN'
    group by due_on, restricted order by due_on, restricted
    on conflict (due_on, restricted) do update set open = d.open + excluded.open;
    return null;
end $$;

create function victim_task_open_day_update() returns trigger language plpgsql as $$
begin
    insert into victim_task_open_day as d (due_on, restricted, open)
    select due_on, restricted, sum(delta) from (
        select due_on, restricted, 1 as delta from new_rows where status = 'OPEN'
        union all
        select due_on, restricted, -1 from old_rows where status = 'OPEN') change
    group by due_on, restricted having sum(delta) <> 0 order by due_on, restricted
    on conflict (due_on, restricted) do update set open = d.open + excluded.open;
    return null;
end $$;

create function victim_task_open_day_delete() returns trigger language plpgsql as $$
begin
    insert into victim_task_open_day as d (due_on, restricted, open)
    select due_on, restricted, -count(*) from old_rows where status = 'OPEN'
    group by due_on, restricted order by due_on, restricted
    on conflict (due_on, restricted) do update set open = d.open + excluded.open;
    return null;
end $$;

create function victim_task_open_day_truncate() returns trigger language plpgsql as $$
begin
    delete from victim_task_open_day;
    return null;
end $$;

create trigger victim_task_open_day_insert after insert on victim_task
    referencing new table as new_rows for each statement execute function victim_task_open_day_insert();
create trigger victim_task_open_day_update after update on victim_task
    referencing old table as old_rows new table as new_rows for each statement execute function victim_task_open_day_update();
create trigger victim_task_open_day_delete after delete on victim_task
    referencing old table as old_rows for each statement execute function victim_task_open_day_delete();
create trigger victim_task_open_day_truncate after truncate on victim_task
    for each statement execute function victim_task_open_day_truncate();

-- The queue filtered by entitlement, in due order, from the open tasks alone.
create index victim_task_open_entitlement on victim_task (entitlement, due_on, id) where status = 'OPEN';
