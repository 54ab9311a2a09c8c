-- Refresh-token reuse detection (RefreshTokenReuseDetection): a SHA-256 of every refresh token that was exchanged
-- for a new one, kept until it would have expired. Presenting one again revokes its whole authorization.
create table rotated_refresh_token (
    token_hash        varchar(64)  primary key,
    authorization_id  varchar(100) not null,
    expires_at        timestamptz  not null
);
create index rotated_refresh_token_authorization on rotated_refresh_token (authorization_id);
create index rotated_refresh_token_expiry on rotated_refresh_token (expires_at);

-- Spring Authorization Server's consent store (device flow consent), adapted to PostgreSQL.
create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);
