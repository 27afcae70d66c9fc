-- Accounts of the people who sign in. Table and column names are Spring Security's JDBC defaults,
-- so its JdbcUserDetailsManager reads and writes them without custom SQL.
create table users (
    username     text primary key check (username ~ '^[A-Za-z0-9._@-]{2,64}$'),
    password     text not null,
    enabled      boolean not null,
    display_name text not null default '',
    team         text,
    created_at   timestamptz not null default now()
);

create table authorities (
    username  text not null references users (username) on delete cascade,
    authority text not null check (authority ~ '^ROLE_[A-Z_]+$'),
    primary key (username, authority)
);
