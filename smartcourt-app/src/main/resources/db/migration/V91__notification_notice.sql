-- Notification: the in-app inbox (站内消息). user_id names an account without a foreign key: modules do not reach
-- into each other's tables, and a notice outlives nothing it refers to.
create table notice (
    id          uuid          primary key,
    seq         bigint        generated always as identity,
    user_id     uuid          not null,
    title       varchar(100)  not null,
    body        varchar(2000) not null,
    link        varchar(500),
    created_at  timestamptz   not null,
    read_at     timestamptz
);
create index notice_user_idx on notice (user_id, created_at desc, seq desc);
create index notice_unread_idx on notice (user_id) where read_at is null;
