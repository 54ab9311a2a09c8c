-- Provisioning runs as the API shows them and as the runner picks their due steps (ProvisioningRunProjection).
create table provisioning_run_v1 (
    run_id            varchar(64)  primary key,
    tenant_id         varchar(64)  not null,
    reason            varchar(64)  not null,
    status            varchar(16)  not null,
    tenant_name       varchar(200),
    tenant_alias      varchar(63),
    tenant_created_by varchar(255),
    -- Request id and trace context of what started the run, carried on to the commands the runner sends.
    correlation_id    varchar(128),
    traceparent       varchar(55),
    last_error        text,
    started_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    finished_at       timestamptz
);
create index provisioning_run_v1_tenant on provisioning_run_v1 (tenant_id, run_id);

create table provisioning_step_v1 (
    run_id                varchar(64) not null references provisioning_run_v1 (run_id),
    position              integer     not null,
    step                  varchar(64) not null,
    status                varchar(24) not null,
    attempts              integer     not null default 0,
    compensation_attempts integer     not null default 0,
    handle                varchar(512),
    last_error            text,
    -- Set on the one step of a run that waits for the runner (to provision or to compensate), null otherwise.
    next_attempt_at       timestamptz,
    updated_at            timestamptz not null,
    primary key (run_id, step),
    unique (run_id, position)
);
create index provisioning_step_v1_due on provisioning_step_v1 (next_attempt_at) where next_attempt_at is not null;
