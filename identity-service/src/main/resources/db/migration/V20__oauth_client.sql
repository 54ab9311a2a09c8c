-- OAuth clients are event-sourced (client package). This is their read model, kept by OAuthClientProjection in the
-- command's transaction; Spring Authorization Server reads it through OAuthClientRegistrations. Lists are
-- space-separated: none of their values (grant types, URIs, scope tokens) may contain a space.
create table oauth_client_v1 (
    id                          varchar(64)  primary key,
    client_id                   varchar(100) not null unique,
    tenant_id                   varchar(64),
    name                        varchar(200) not null,
    client_type                 varchar(16)  not null,
    grant_types                 text         not null,
    redirect_uris               text         not null default '',
    post_logout_redirect_uris   text         not null default '',
    scopes                      text         not null default '',
    require_pkce                boolean      not null,
    access_token_ttl_seconds    integer      not null,
    refresh_token_ttl_seconds   integer      not null,
    status                      varchar(16)  not null,
    registered_at               timestamptz  not null,
    updated_at                  timestamptz  not null
);

-- Client secret hashes, written by the command handler (never carried by an event, so never on Kafka).
create table oauth_client_secret (
    id           varchar(64)  primary key,
    secret_hash  varchar(200) not null,
    rotated_at   timestamptz  not null
);

-- The registry was Spring Authorization Server's own table before; authorizations pointed at its ids.
drop table oauth2_registered_client;
delete from oauth2_authorization;
