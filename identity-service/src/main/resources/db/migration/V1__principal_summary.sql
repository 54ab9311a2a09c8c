create table principal_summary_v1 (
    principal_id  varchar(64)  primary key,
    tenant_id     varchar(64)  not null,
    kind          varchar(16)  not null,
    name          varchar(200) not null,
    email         varchar(320),
    status        varchar(16)  not null,
    registered_at timestamptz  not null
);
create index principal_summary_v1_tenant on principal_summary_v1 (tenant_id, principal_id);

-- Tenants as identity-service learns them from castellan.tenant.events.v1.
create table known_tenant_v1 (
    tenant_id  varchar(64) primary key,
    alias      varchar(63) not null,
    status     varchar(16) not null
);
