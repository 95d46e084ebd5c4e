-- Cases: 案号 issuing and the registered case record.
-- case_number_counter: one row per court × 专门审判代字 + 类型代字 × 收案年度 (案号规定 arts. 9–10); numbers are taken by
-- "insert … on conflict do update set last = last + 1 returning last" inside the registering transaction, so the
-- row lock serialises concurrent registrations on every node and a rollback returns the number.
-- special_code is '' when there is none, because a primary key column cannot be null.

create table case_number_counter (
    court_code   varchar(16) not null,
    special_code varchar(2)  not null,
    type_code    varchar(8)  not null,
    year         integer     not null,
    last         bigint      not null,
    constraint case_number_counter_pk primary key (court_code, special_code, type_code, year),
    constraint case_number_counter_last_ck check (last >= 1)
);

-- 刑核 numbers are 8 random digits (art. 10 para. 2); a number is claimed here, in the same transaction.
create table case_number_random (
    court_code   varchar(16) not null,
    special_code varchar(2)  not null,
    type_code    varchar(8)  not null,
    year         integer     not null,
    number       varchar(8)  not null,
    constraint case_number_random_pk primary key (court_code, special_code, type_code, year, number)
);

create table court_case (
    id             uuid         primary key,
    case_number    varchar(64)  not null,
    court_id       varchar(32)  not null,
    receipt_year   integer      not null,
    court_code     varchar(16)  not null,
    special_code   varchar(2),
    type_code      varchar(8)   not null,
    number         varchar(10)  not null,
    category_code  varchar(4)   not null,
    procedure      varchar(24)  not null,
    cause_code     varchar(32),
    filing_id      uuid,
    registered_on  date         not null,
    title          varchar(500) not null,
    registered_at  timestamptz  not null,
    constraint court_case_number_uk unique (case_number),
    constraint court_case_filing_uk unique (filing_id)
);
create index court_case_court_idx on court_case (court_id, registered_on);
