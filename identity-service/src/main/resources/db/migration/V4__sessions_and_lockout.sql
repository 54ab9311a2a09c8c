-- Sessions as the session events leave them, plus when each was last used (not an event: it changes per request).
create table session_v1 (
    session_id   varchar(64) primary key,
    principal_id varchar(64) not null,
    tenant_id    varchar(64) not null,
    stage        varchar(16) not null,
    ip_address   varchar(64),
    user_agent   varchar(512),
    started_at   timestamptz not null,
    last_seen_at timestamptz not null,
    revoked_at   timestamptz,
    revoke_reason varchar(32)
);
create index session_v1_principal on session_v1 (principal_id, started_at);

-- Failed logins per identifier, for the lockout window; old rows are pruned as logins happen.
create table login_failure (
    identifier_key varchar(400) not null,
    failed_at      timestamptz  not null
);
create index login_failure_key on login_failure (identifier_key, failed_at);

-- Which OAuth 2.0 authorizations were granted within which session, so revoking the session removes them.
create table session_authorization (
    session_id       varchar(64)  not null,
    authorization_id varchar(100) not null,
    primary key (session_id, authorization_id)
);
