-- Whether self-service signup is open, per tenant ('platform' for global humans). No row: closed for a tenant,
-- castellan.signup.enabled for the platform.
create table signup_setting (
    tenant_id  varchar(64) primary key,
    enabled    boolean     not null,
    updated_by varchar(128),
    updated_at timestamptz not null
);

-- Email verification state of principals that signed up or accepted an invitation; login refuses 'pending' ones.
create table email_verification_v1 (
    principal_id varchar(64)  primary key,
    tenant_id    varchar(64)  not null,
    email        varchar(320) not null,
    locale       varchar(35),
    status       varchar(16)  not null,
    signed_up_at timestamptz,
    verified_at  timestamptz
);
create index email_verification_v1_email on email_verification_v1 (tenant_id, lower(email)) where status = 'pending';
