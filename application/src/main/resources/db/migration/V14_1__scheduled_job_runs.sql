-- Scheduled jobs run once across instances: an advisory lock keeps two instances from running a job at the
-- same time, and this table records which scheduled slot each job has finished, so an instance whose timer
-- fires a moment later does not run it again. A run that died leaves no finished_at and is run again.
create table scheduled_job_run (
    job         text not null,
    slot        timestamptz not null,
    instance    text not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    primary key (job, slot)
);
