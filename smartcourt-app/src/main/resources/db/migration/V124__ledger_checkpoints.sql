-- Evidence ledger checkpoints (c2sp.org/tlog-checkpoint), after ledger-reference §7.2 and §7.4.
-- ledger_checkpoint_head is the published head: the compare-and-swap target that keeps two app nodes from
-- publishing diverging checkpoints (split brain), and the note served at /ledger/checkpoint (republished with fresh
-- cosignatures while the tree does not grow). ledger_checkpoint keeps the first published note of every size for
-- ever, since courts need historic checkpoints to check old receipts; it is append-only except that an RFC 3161
-- token may be added once to a checkpoint that has none.

create table ledger_checkpoint_head (
    id            smallint    primary key check (id = 0),
    size          bigint      not null check (size >= 0),
    root          bytea       not null,
    note          text        not null,
    published_at  timestamptz not null
);

create table ledger_checkpoint (
    size          bigint      primary key check (size >= 0),
    root          bytea       not null,
    note          text        not null,
    published_at  timestamptz not null,
    tsa_token     bytea,
    tsa_time      timestamptz
);
create index ledger_checkpoint_published_idx on ledger_checkpoint (published_at);

create function ledger_checkpoint_only_stamped() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ledger_checkpoint % may not be deleted', old.size using errcode = 'insufficient_privilege';
    end if;
    if new.size <> old.size or new.root <> old.root or new.note <> old.note or new.published_at <> old.published_at
            or old.tsa_token is not null then
        raise exception 'ledger_checkpoint % is immutable (only a missing timestamp token may be added)', old.size
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function ledger_checkpoint_only_stamped();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_refuse_change();

-- The head may only move forward.
create function ledger_checkpoint_head_only_grows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ledger_checkpoint_head may not be deleted' using errcode = 'insufficient_privilege';
    end if;
    -- the first publication replaces the initial row with an empty note, which the publisher locks
    if old.note <> '' and (new.size < old.size or (new.size = old.size and new.root <> old.root)) then
        raise exception 'the published checkpoint may not move from % back to %, or change its root', old.size, new.size
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger ledger_checkpoint_head_forward before update or delete on ledger_checkpoint_head
    for each row execute function ledger_checkpoint_head_only_grows();

-- What each witness last said, for operators (not part of the verifiable structure).
create table ledger_witness_status (
    witness       varchar(200) primary key,
    last_size     bigint,
    last_error    varchar(500),
    updated_at    timestamptz not null
);
