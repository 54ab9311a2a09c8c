-- Aliases, attributes and the version (ETag) of each principal.
alter table principal_summary_v1 add column alias varchar(63);
alter table principal_summary_v1 add column attributes jsonb not null default '{}';
alter table principal_summary_v1 add column version bigint not null default 1;
alter table principal_summary_v1 add column updated_at timestamptz;
create index principal_summary_v1_email on principal_summary_v1 (lower(email));
create index principal_summary_v1_name on principal_summary_v1 (tenant_id, lower(name));

-- Password hashes (Argon2id, in Spring Security's {argon2} format). Written with the event that announces them.
create table password_credential (
    principal_id varchar(64) primary key,
    hash         varchar(512) not null,
    changed_at   timestamptz not null
);

-- Per-tenant password policy; a tenant without a row uses the 'platform' row or the built-in default.
create table password_policy (
    tenant_id       varchar(64) primary key,
    min_length      int     not null,
    require_lower   boolean not null,
    require_upper   boolean not null,
    require_digit   boolean not null,
    require_symbol  boolean not null,
    check_breached  boolean not null,
    updated_by      varchar(128),
    updated_at      timestamptz not null
);
