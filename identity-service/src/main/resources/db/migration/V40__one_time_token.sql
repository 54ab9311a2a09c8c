-- Single-use tokens sent by mail (email verification, password reset, invitation). Only the SHA-256 of each token
-- is kept: the token itself is 256 random bits, so a plain hash is enough to make a stolen table useless.
-- Written by the command handlers that issue and consume them, in the transaction of their events.
create table one_time_token (
    token_hash   char(64)    primary key,
    purpose      varchar(32) not null,
    subject_id   varchar(64) not null,
    principal_id varchar(64),
    tenant_id    varchar(64) not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index one_time_token_subject on one_time_token (purpose, subject_id);
create index one_time_token_principal on one_time_token (purpose, principal_id, created_at);
