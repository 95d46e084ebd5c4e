-- Fees: whether each assessed 诉讼费用 was paid, waived, reduced, deferred or refunded (《诉讼费用交纳办法》第四十四条至
-- 第四十七条 for 免交、减交、缓交; 第五十三条 for refunds), and the orders of the local development payment gateway.
-- The reference (case or filing number) and court are plain values: no foreign key into another module's tables.

create table fee_payment (
    id                   uuid          primary key,
    reference            varchar(64)   not null,
    court_id             varchar(32)   not null,
    payer_username       varchar(64),
    description          varchar(200)  not null,
    assessed_fen         bigint        not null,
    due_fen              bigint        not null,
    status               varchar(10)   not null,
    decided_by           varchar(64),
    decision_reason      varchar(500),
    decided_at           timestamptz,
    gateway_order_id     varchar(64),
    paid_at              timestamptz,
    created_by           varchar(64)   not null,
    created_at           timestamptz   not null,
    version              bigint        not null default 0,
    constraint fee_payment_amounts_ck check (assessed_fen >= 0 and due_fen >= 0 and due_fen <= assessed_fen),
    constraint fee_payment_status_ck check (status in ('DUE', 'PAID', 'WAIVED', 'REDUCED', 'DEFERRED', 'REFUNDED')),
    constraint fee_payment_decision_ck check (status not in ('WAIVED', 'REDUCED', 'DEFERRED', 'REFUNDED')
                                              or (decided_by is not null and decision_reason is not null))
);
create unique index fee_payment_order_uk on fee_payment (gateway_order_id) where gateway_order_id is not null;
create index fee_payment_reference_idx on fee_payment (court_id, reference);

create table fee_local_order (
    order_id     varchar(64)  primary key,
    payment_id   uuid         not null,
    amount_fen   bigint       not null check (amount_fen > 0),
    status       varchar(10)  not null check (status in ('OPEN', 'PAID')),
    created_at   timestamptz  not null,
    paid_at      timestamptz
);
