-- Invitations as their events leave them; 'expired' is not stored but derived from expires_at when read.
create table invite_v1 (
    invite_id   varchar(64)  primary key,
    tenant_id   varchar(64)  not null,
    email       varchar(320) not null,
    roles       jsonb        not null,
    locale      varchar(35)  not null,
    status      varchar(16)  not null,
    expires_at  timestamptz  not null,
    created_by  varchar(128),
    created_at  timestamptz  not null,
    principal_id varchar(64),
    accepted_at timestamptz,
    revoked_by  varchar(128),
    revoked_at  timestamptz
);
create index invite_v1_tenant on invite_v1 (tenant_id, invite_id);
