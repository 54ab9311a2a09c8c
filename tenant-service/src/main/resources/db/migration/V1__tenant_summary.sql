create table tenant_summary_v1 (
    tenant_id  varchar(64)  primary key,
    name       varchar(200) not null,
    alias      varchar(63)  not null,
    status     varchar(16)  not null,
    created_by varchar(255),
    created_at timestamptz  not null
);
create unique index tenant_summary_v1_alias on tenant_summary_v1 (lower(alias));
