-- Comparison groups: the funnel test compares a team with the other teams of its group, not with teams whose case
-- mix differs (the public protection unit takes sexual offences and domestic abuse, the contact centre resolves calls
-- by telephone). Named as a plural noun, read in the alerts ("against the other response teams"). A team with no
-- group, or alone in its group, is compared with the rest of the force. Demoshire's two response teams are
-- comparable; CID, the Public Protection Unit and the contact centre each stand alone.
alter table team add column comparison_group text check (comparison_group is null or length(comparison_group) between 1 and 80);
update team set comparison_group = case code
    when 'RESPONSE-A' then 'response teams' when 'RESPONSE-B' then 'response teams'
    when 'CID' then 'investigation teams'
    when 'PPU' then 'public protection units'
    when 'CONTACT' then 'contact centres' end;
