-- An audit of another records system's records (issue 5, item 2): a plan may draw its sample from the incidents of
-- an imported interchange extract instead of the force's own. Such a sample item names the imported incident by its
-- reference in the extract; an item of the force's own records names its incident, as before.
alter table audit_plan add column extract_import_id bigint references interchange_import (id);

alter table audit_sample_item alter column incident_id drop not null;
alter table audit_sample_item add column imported_incident_ref text;
alter table audit_sample_item add constraint audit_sample_item_one_incident
    check ((incident_id is null) <> (imported_incident_ref is null));
create unique index audit_sample_item_imported_once on audit_sample_item (plan_id, imported_incident_ref)
    where imported_incident_ref is not null;
