-- Principal profiles and every version of their schemas (principals record the version they were checked against).
create table profile_v1 (
    profile_id varchar(64)  primary key,
    tenant_id  varchar(64)  not null,
    name       varchar(100) not null,
    kind       varchar(16)  not null,
    version    int          not null,
    defined_at timestamptz  not null
);
create unique index profile_v1_name on profile_v1 (tenant_id, lower(name));

create table profile_schema_v1 (
    profile_id varchar(64) not null,
    version    int         not null,
    schema     jsonb       not null,
    created_at timestamptz not null,
    primary key (profile_id, version)
);

alter table principal_summary_v1 add column profile varchar(100);
alter table principal_summary_v1 add column profile_version int;
