-- Signing keys rotate through events (signingkey module). The command handler stores the key material; the
-- projection records when a key became active and when it was retired. A retired key never signs again, so its
-- private part is wiped; its public part stays in the JWKS until the tokens it signed have expired.
alter table signing_key
    add column activated_at timestamptz,
    add column retired_at   timestamptz,
    alter column private_key drop not null;

-- Keys from before rotation events: retired now, still published for the retention; the next start creates
-- the first event-sourced key.
update signing_key set activated_at = created_at, retired_at = now(), private_key = null;

create index signing_key_published on signing_key (retired_at);
