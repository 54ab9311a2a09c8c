-- Consumer-side de-duplication of at-least-once Kafka delivery (ProcessedEvents).
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(255) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
