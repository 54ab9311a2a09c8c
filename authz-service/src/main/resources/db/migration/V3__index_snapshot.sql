-- Snapshots of the in-memory permission index with the Kafka positions they reflect (IndexSnapshots).
create table index_snapshot_v1 (
    id         bigserial   primary key,
    taken_at   timestamptz not null default now(),
    positions  jsonb       not null,
    state      bytea       not null
);
