-- Stations: the integrity indicators are compared by team, by station and by officer. A team works from one
-- station; Demoshire's response team A and CID from North, response team B and the Public Protection Unit from
-- South, the contact centre from headquarters. A team given no station is counted under NO-STATION.
create table station (
    code text primary key check (code ~ '^[A-Z0-9-]{2,32}$'),
    name text not null unique
);
insert into station (code, name) values
    ('NORTH', 'North police station'),
    ('SOUTH', 'South police station'),
    ('HEADQUARTERS', 'Force headquarters');

alter table team add column station_code text references station (code);
update team set station_code = case code
    when 'RESPONSE-A' then 'NORTH' when 'CID' then 'NORTH'
    when 'RESPONSE-B' then 'SOUTH' when 'PPU' then 'SOUTH'
    else 'HEADQUARTERS' end;
