create table role_summary_v1 (
    role_id   varchar(64)  primary key,
    tenant_id varchar(64)  not null,
    name      varchar(200) not null,
    blocks    jsonb        not null
);
create index role_summary_v1_tenant on role_summary_v1 (tenant_id);
