-- 12368 诉求: one row per request, its status trail, the number counter and the identity checks before case details.

-- One counter row per court and year, bumped by an upsert that holds the row lock to the end of the transaction:
-- numbers are dense (no gaps, no repeats) across any number of app nodes.
create table hotline_number_counter (
    court_id  varchar(32) not null,
    year      integer     not null,
    last      bigint      not null,
    constraint hotline_number_counter_pk primary key (court_id, year)
);

create table hotline_request (
    id                   uuid          primary key,
    number               varchar(48)   not null,
    court_id             varchar(32)   not null,
    kind                 varchar(24)   not null,
    intake               varchar(8)    not null,
    status               varchar(16)   not null,
    caller_name          varchar(50)   not null,
    caller_phone         varchar(20),
    caller_id_masked     varchar(32),
    requester_username   varchar(64),
    case_id              uuid,
    case_number          varchar(64),
    verified             boolean       not null default false,
    subject              varchar(200)  not null,
    content              varchar(4000) not null,
    assignee_username    varchar(64),
    assignee_name        varchar(50),
    assignee_role        varchar(24),
    received_by          varchar(64),
    received_at          timestamptz   not null,
    due_on               date          not null,
    target_days          integer       not null,
    target_source        varchar(300)  not null,
    overdue              boolean       not null default false,
    escalated_at         timestamptz,
    answer               varchar(4000),
    answered_by          varchar(64),
    answered_at          timestamptz,
    callback_note        varchar(2000),
    closed_at            timestamptz,
    satisfaction         integer,
    satisfaction_comment varchar(500),
    rated_at             timestamptz,
    idempotency_key      varchar(100),
    version              bigint        not null default 0,
    constraint hotline_request_number_uk unique (number),
    constraint hotline_request_kind_ck check (kind in ('CASE_INQUIRY', 'CONSULTATION', 'CONTACT_JUDGE', 'COMPLAINT',
        'SUGGESTION', 'PETITION_INQUIRY')),
    constraint hotline_request_intake_ck check (intake in ('PHONE', 'ONLINE', 'HALL')),
    constraint hotline_request_status_ck check (status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED',
        'CALLED_BACK', 'CLOSED')),
    constraint hotline_request_satisfaction_ck check (satisfaction between 1 and 5)
);
create index hotline_request_court_idx on hotline_request (court_id, status);
create index hotline_request_phone_idx on hotline_request (caller_phone) where caller_phone is not null;
create index hotline_request_requester_idx on hotline_request (requester_username) where requester_username is not null;
create index hotline_request_assignee_idx on hotline_request (assignee_username) where assignee_username is not null;
create index hotline_request_case_idx on hotline_request (case_id) where case_id is not null;
-- a retried submission with the same Idempotency-Key (per submitting account) finds the first request
create unique index hotline_request_idempotency_uk on hotline_request (received_by, idempotency_key)
    where idempotency_key is not null;

-- 状态流转: every step, timestamped, with who took it.
create table hotline_request_step (
    id          uuid          primary key,
    request_id  uuid          not null references hotline_request (id),
    seq         integer       not null,
    status      varchar(16)   not null,
    at          timestamptz   not null,
    actor       varchar(64),
    actor_name  varchar(50),
    note        varchar(2000),
    constraint hotline_request_step_uk unique (request_id, seq)
);

-- 身份核验: every check before case details, passed or failed; never the ID number itself.
create table hotline_identity_check (
    id            uuid          primary key,
    case_id       uuid,
    case_number   varchar(64)   not null,
    method        varchar(16)   not null,
    passed        boolean       not null,
    caller_name   varchar(50),
    checked_by    varchar(64)   not null,
    checked_at    timestamptz   not null
);
create index hotline_identity_check_case_idx on hotline_identity_check (case_number, checked_at);
