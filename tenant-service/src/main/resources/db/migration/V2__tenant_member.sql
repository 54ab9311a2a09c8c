-- Members of each tenant (global principals that may log in to it).
create table tenant_member_v1 (
    tenant_id    varchar(64)  not null,
    principal_id varchar(64)  not null,
    added_by     varchar(128),
    added_at     timestamptz  not null,
    primary key (tenant_id, principal_id)
);
