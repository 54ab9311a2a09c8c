-- Members of tenants as identity-service learns them from castellan.tenant.events.v1.
create table known_tenant_member_v1 (
    tenant_id    varchar(64) not null,
    principal_id varchar(64) not null,
    primary key (tenant_id, principal_id)
);
