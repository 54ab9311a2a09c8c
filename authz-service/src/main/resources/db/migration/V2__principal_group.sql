create table principal_group_v1 (
    group_id        varchar(64)  primary key,
    tenant_id       varchar(64)  not null,
    name            varchar(200) not null,
    parent_group_id varchar(64)  references principal_group_v1 (group_id)
);
create index principal_group_v1_tenant on principal_group_v1 (tenant_id);
