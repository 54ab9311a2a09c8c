-- The write side's own record of object containment (like unique_claim, not a read model): which objects and
-- object groups exist and which group each sits in. Command handlers read and change it in their own transaction,
-- under a per-tenant lock, so "no cycles", "same tenant" and "only empty groups are removed" hold under concurrency.
-- Removed nodes stay (removed = true, out of every group): an id is never given out twice.
create table object_tree (
    node_id         varchar(128) primary key,
    tenant_id       varchar(64)  not null,
    is_group        boolean      not null,
    parent_group_id varchar(128) references object_tree (node_id),
    removed         boolean      not null default false
);
create index object_tree_parent on object_tree (parent_group_id);
