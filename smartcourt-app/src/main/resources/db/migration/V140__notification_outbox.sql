-- Notification outbox: one message per delivery key (the caller's idempotency key), rendered when queued, and one
-- delivery per channel that the sender claims with FOR UPDATE SKIP LOCKED and a lease. A node that dies mid-send
-- leaves a lease that expires; another node claims the delivery again and resends it with the same idempotency key
-- (the delivery id), which the provider recognises.
create table notification_message (
    id                uuid          primary key,
    delivery_key      varchar(200)  not null unique,
    template          varchar(100)  not null,
    template_version  integer       not null,
    category          varchar(20)   not null,
    user_id           uuid,
    mobile            varchar(20),
    email             varchar(200),
    robot             varchar(100),
    dingtalk_user_id  varchar(100),
    title             varchar(200)  not null,
    sms               varchar(500)  not null,
    body              varchar(4000) not null,
    link              varchar(500),
    created_at        timestamptz   not null
);
create index notification_message_user_idx on notification_message (user_id, created_at desc);

create table notification_delivery (
    id               uuid          primary key,
    message_id       uuid          not null references notification_message (id),
    channel          varchar(20)   not null,
    status           varchar(10)   not null check (status in ('QUEUED', 'SENT', 'FAILED', 'DEAD')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(500),
    receipt          varchar(200),
    lease_owner      varchar(100),
    lease_until      timestamptz,
    queued_at        timestamptz   not null,
    sent_at          timestamptz,
    unique (message_id, channel)
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at)
    where status in ('QUEUED', 'FAILED');
create index notification_delivery_status_idx on notification_delivery (status, queued_at desc);

-- the in-app channel: each notice knows its delivery, so the first time it is read publishes MessageRead (已阅知)
alter table notice add column delivery_id uuid;
create unique index notice_delivery_idx on notice (delivery_id) where delivery_id is not null;

-- development channels (mode outbox): what would have been sent, shown at /dev/notification-outbox in demo mode
create table notification_dev_outbox (
    seq          bigint        generated always as identity primary key,
    delivery_id  uuid          not null,
    channel      varchar(20)   not null,
    address      varchar(200)  not null,
    subject      varchar(200),
    text         varchar(4000) not null,
    sent_at      timestamptz   not null,
    -- the delivery id is the idempotency key: a resend after a crash is recognised and kept once
    unique (delivery_id)
);
