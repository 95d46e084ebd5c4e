-- Evidence ledger (区块链存证) log storage, after Tessera's PostgreSQL layout (ledger-reference §3.2, §7.2):
-- one tree state row (the global sequencer, locked FOR UPDATE per batch), one row per C2SP tlog-tiles tile and entry
-- bundle (rewritten only while partial, and then only by growing), and the business index of entries.

create table ledger_tree_state (
    id              smallint    primary key check (id = 0),
    size            bigint      not null check (size >= 0),
    root            bytea,
    -- the compact range of [0, size): one 32-byte hash per set bit of size, largest subtree first
    compact_range   bytea       not null,
    hash_algorithm  varchar(16) check (hash_algorithm in ('SHA-256', 'SM3')),
    updated_at      timestamptz not null default now()
);
insert into ledger_tree_state (id, size, root, compact_range, hash_algorithm) values (0, 0, null, '', null);

create table ledger_tile (
    level  smallint not null check (level >= 0),
    idx    bigint   not null check (idx >= 0),
    nodes  bytea    not null check (length(nodes) between 32 and 8192 and length(nodes) % 32 = 0),
    primary key (level, idx)
);

create table ledger_entry_bundle (
    idx   bigint   primary key check (idx >= 0),
    size  smallint not null check (size between 1 and 256),
    data  bytea    not null
);

create table ledger_entry (
    seq          bigint       primary key check (seq >= 0),
    leaf_hash    bytea        not null,
    entry_type   varchar(40)  not null,
    sha256       bytea        not null check (length(sha256) = 32),
    sm3          bytea        not null check (length(sm3) = 32),
    reference    varchar(200) not null,
    received_at  timestamptz  not null,
    constraint ledger_entry_dedup unique (entry_type, sha256)
);
create index ledger_entry_reference_idx on ledger_entry (entry_type, reference);
create index ledger_entry_leaf_hash_idx on ledger_entry (leaf_hash);
create index ledger_entry_sha256_idx on ledger_entry (sha256);

-- How far the ledger has anchored records of another module that it sweeps (audit records); not part of the log.
create table ledger_anchor_cursor (
    source    varchar(40) primary key,
    position  bigint      not null
);

-- Append-only hardening (defence in depth; witnesses are the real defence). Error code insufficient_privilege.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_entry_no_change before update or delete on ledger_entry
    for each row execute function ledger_refuse_change();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_refuse_change();

-- A tile may be rewritten only while partial and only by appending: its old nodes must stay a prefix.
create function ledger_tile_only_grows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ledger_tile %/% may not be deleted', old.level, old.idx using errcode = 'insufficient_privilege';
    end if;
    if length(old.nodes) = 8192 then
        raise exception 'ledger_tile %/% is full and immutable', old.level, old.idx using errcode = 'insufficient_privilege';
    end if;
    if new.level <> old.level or new.idx <> old.idx or length(new.nodes) < length(old.nodes)
            or substring(new.nodes from 1 for length(old.nodes)) <> old.nodes then
        raise exception 'ledger_tile %/% may only grow', old.level, old.idx using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger ledger_tile_append_only before update or delete on ledger_tile
    for each row execute function ledger_tile_only_grows();
create trigger ledger_tile_no_truncate before truncate on ledger_tile
    for each statement execute function ledger_refuse_change();

create function ledger_bundle_only_grows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ledger_entry_bundle % may not be deleted', old.idx using errcode = 'insufficient_privilege';
    end if;
    if old.size = 256 then
        raise exception 'ledger_entry_bundle % is full and immutable', old.idx using errcode = 'insufficient_privilege';
    end if;
    if new.idx <> old.idx or new.size < old.size or length(new.data) < length(old.data)
            or substring(new.data from 1 for length(old.data)) <> old.data then
        raise exception 'ledger_entry_bundle % may only grow', old.idx using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger ledger_bundle_append_only before update or delete on ledger_entry_bundle
    for each row execute function ledger_bundle_only_grows();
create trigger ledger_bundle_no_truncate before truncate on ledger_entry_bundle
    for each statement execute function ledger_refuse_change();

-- The tree only grows, and its hash algorithm is fixed once it has entries.
create function ledger_tree_only_grows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ledger_tree_state may not be deleted' using errcode = 'insufficient_privilege';
    end if;
    if new.size < old.size then
        raise exception 'ledger tree may not shrink from % to %', old.size, new.size using errcode = 'insufficient_privilege';
    end if;
    if old.size > 0 and new.hash_algorithm is distinct from old.hash_algorithm then
        raise exception 'ledger hash algorithm is fixed once the log has entries' using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger ledger_tree_state_only_grows before update or delete on ledger_tree_state
    for each row execute function ledger_tree_only_grows();
create trigger ledger_tree_state_no_truncate before truncate on ledger_tree_state
    for each statement execute function ledger_refuse_change();
