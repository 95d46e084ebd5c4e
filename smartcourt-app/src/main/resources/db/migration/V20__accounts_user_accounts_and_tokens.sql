-- Accounts: everyone who signs in (staff, litigants, lawyers), their role, court, lockout state and API tokens.

create table user_account (
    id                  uuid         primary key,
    username            varchar(64)  not null,
    password_hash       varchar(200) not null,
    display_name        varchar(100) not null,
    role                varchar(32)  not null,
    court_id            varchar(32),
    mobile              varchar(20),
    email               varchar(200),
    enabled             boolean      not null default true,
    failed_attempts     int          not null default 0,
    locked_until        timestamptz,
    totp_secret         varchar(64),
    password_changed_at timestamptz  not null,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint user_account_username_uk unique (username),
    constraint user_account_role_ck check (role in ('LITIGANT', 'LAWYER', 'FILING_CLERK', 'JUDGE', 'ASSISTANT',
        'CLERK', 'DIVISION_HEAD', 'PRESIDENT', 'MEDIATOR', 'HOTLINE', 'APPRAISAL', 'IT_ADMIN')),
    constraint user_account_staff_court_ck check (role in ('LITIGANT', 'LAWYER') or court_id is not null),
    constraint user_account_failed_ck check (failed_attempts >= 0)
);
create unique index user_account_mobile_uk on user_account (mobile) where mobile is not null;
create index user_account_court_idx on user_account (court_id);

-- Bearer tokens for the API. Only the SHA-256 of a token is kept, so a database leak does not leak sessions.
create table api_token (
    token_hash char(64)    primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    issued_at  timestamptz not null,
    expires_at timestamptz not null
);
create index api_token_user_idx on api_token (user_id);
create index api_token_expiry_idx on api_token (expires_at);
