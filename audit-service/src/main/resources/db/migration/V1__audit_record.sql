-- The audit trail: one row per event of any context, append-only, linked into a SHA-256 hash chain (HashChain).
create table audit_record (
    sequence       bigserial    primary key,
    event_id       varchar(255) not null unique,
    type           varchar(255) not null,
    tenant_id      varchar(128),
    actor          varchar(255),
    target         varchar(255),
    action         varchar(255) not null,
    outcome        varchar(16)  not null,
    occurred_at    timestamptz  not null,
    recorded_at    timestamptz  not null,
    correlation_id varchar(255),
    details        jsonb        not null,
    hash           char(64)     not null
);
create index audit_record_tenant on audit_record (tenant_id, sequence);
create index audit_record_actor on audit_record (actor, sequence);
create index audit_record_target on audit_record (target, sequence);
create index audit_record_occurred on audit_record (occurred_at, sequence);

-- The chain's head: locked by every append, so records link in commit order even with several writers, and
-- compared by verification, so dropping the newest records is detected too.
create table audit_chain_head (
    id            smallint primary key check (id = 1),
    last_sequence bigint   not null,
    last_hash     char(64) not null
);
insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, repeat('0', 64));
