-- Spring Authorization Server finds an authorization by the token presented (introspection, refresh, revocation,
-- code redemption). Without these, each of those calls scans every authorization ever issued. Hash indexes: the
-- look-ups are equality only, and JWT values can be longer than a b-tree entry may be.
create index oauth2_authorization_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_id_token on oauth2_authorization using hash (oidc_id_token_value);
create index oauth2_authorization_user_code on oauth2_authorization using hash (user_code_value);
create index oauth2_authorization_device_code on oauth2_authorization using hash (device_code_value);
create index oauth2_authorization_state on oauth2_authorization using hash (state);
