-- The needs assessment (Victims' Code right 4) records what only talking to the victim can tell: whether they
-- are vulnerable, intimidated or persistently targeted. Each assessment is a new row (the latest counts), so
-- an earlier one is never overwritten. The enhanced-rights criteria for these three now match the victim's
-- flags from the latest assessment, as the others match the crime's classification, group and flags.
create table victim_needs_assessment (
    id            bigserial primary key,
    victim_id     bigint not null references victim (id),
    flags         text[] not null check (flags <@ array['VULNERABLE', 'INTIMIDATED', 'PERSISTENTLY_TARGETED']),
    note          text not null check (length(note) between 1 and 5000),
    assessed_by   text not null,
    assessed_role text not null,
    assessed_at   timestamptz not null
);
create index victim_needs_assessment_victim on victim_needs_assessment (victim_id, assessed_at desc, id desc);

alter table enhanced_rights_criterion drop constraint enhanced_rights_criterion_match_kind_check;
alter table enhanced_rights_criterion drop constraint enhanced_rights_criterion_check;
update enhanced_rights_criterion set match_kind = 'VICTIM_FLAG', match_value = code,
       source = replace(source, 'found by the needs assessment', 'a flag the needs assessment records')
 where code in ('VULNERABLE', 'INTIMIDATED', 'PERSISTENTLY_TARGETED');
alter table enhanced_rights_criterion add constraint enhanced_rights_criterion_match_kind_check
    check (match_kind in ('OFFENCE_GROUP', 'CLASSIFICATION', 'FLAG', 'UNDER_AGE', 'VICTIM_FLAG'));
alter table enhanced_rights_criterion alter column match_value set not null;

-- Human trafficking is named among the most serious crimes (domain.md 5.4); its Home Office class is 106,
-- modern slavery. Terrorism has neither a class nor a crime flag of its own here, so it is left to the
-- needs assessment (the victim is then recorded as intimidated or vulnerable where that applies).
insert into enhanced_rights_criterion (code, category, name, match_kind, match_value, verified, source) values
    ('MODERN_SLAVERY', 'MOST_SERIOUS_CRIME', 'Victim of human trafficking or modern slavery', 'CLASSIFICATION', '106', true,
     'Victims'' Code 2021 ("human trafficking"); domain.md 5.4; NOL26 class 106');
