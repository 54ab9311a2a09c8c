-- API keys as their events leave them, plus last use (not an event: it changes on every use).
create table api_key_v1 (
    key_id       varchar(32)  primary key,
    owner_id     varchar(64)  not null,
    tenant_id    varchar(64)  not null,
    name         varchar(200) not null,
    ceiling      jsonb,
    expires_at   timestamptz,
    created_by   varchar(128),
    created_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_key_v1_owner on api_key_v1 (owner_id, created_at);

-- HMAC-SHA256 of each key's secret under the service's pepper; never published.
create table api_key_secret (
    key_id varchar(32)  primary key,
    hash   varchar(128) not null
);
