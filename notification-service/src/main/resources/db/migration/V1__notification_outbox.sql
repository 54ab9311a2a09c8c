-- The outbox as the dispatcher and administrators see it, kept by OutboxProjection from the Notification events.
create table notification_outbox_v1 (
    id              varchar(64)  primary key,
    tenant_id       varchar(128) not null,
    principal_id    varchar(128),
    channel         varchar(16)  not null,
    recipient       varchar(320) not null,
    template        varchar(64)  not null,
    locale          varchar(35)  not null,
    parameters      jsonb        not null,
    status          varchar(16)  not null,
    attempts        integer      not null,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    sent_at         timestamptz
);
-- What the dispatcher polls: only queued rows, by due time.
create index notification_outbox_v1_due on notification_outbox_v1 (next_attempt_at) where status = 'queued';
create index notification_outbox_v1_status on notification_outbox_v1 (status, id);
create index notification_outbox_v1_tenant on notification_outbox_v1 (tenant_id, id);

-- Every delivery attempt and its outcome.
create table notification_attempt_v1 (
    notification_id varchar(64) not null references notification_outbox_v1 (id),
    attempt         integer     not null,
    outcome         varchar(16) not null,
    error           text,
    attempted_at    timestamptz not null,
    primary key (notification_id, attempt)
);
