-- Client-credentials access tokens are not stored (see StatelessClientTokens): a revoked one (RFC 7009) is
-- remembered here by its jti until it would have expired anyway.
create table revoked_access_token (
    jti        text primary key,
    expires_at timestamptz not null
);
create index revoked_access_token_expiry on revoked_access_token (expires_at);
