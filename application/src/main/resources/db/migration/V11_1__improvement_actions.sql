-- Recommendations and areas for improvement that come out of an audit (org.crimeledger.accountability):
-- owner, due date, action and evidence of progress. Ledgered on every change.
create table improvement_action (
    id          bigserial primary key,
    plan_id     bigint references audit_plan (id),
    kind        text not null check (kind in ('RECOMMENDATION', 'AREA_FOR_IMPROVEMENT')),
    finding     text not null check (length(finding) between 1 and 2000),
    action      text not null check (length(action) between 1 and 2000),
    owner       text not null check (length(owner) between 1 and 200),
    due_date    date not null,
    status      text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    evidence    text check (length(evidence) <= 4000),
    created_by  text not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
