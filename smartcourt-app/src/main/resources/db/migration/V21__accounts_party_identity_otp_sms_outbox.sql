-- Accounts: real-name identity of self-registered litigants and lawyers, phone verification codes, SMS outbox.

-- 实名信息 of a self-registered party. The full 公民身份号码 is kept because real-name checks need it; screens and
-- the API only ever show it masked. One natural person, one account: the ID number is unique.
create table party_identity (
    user_id                  uuid         primary key references user_account (id) on delete cascade,
    kind                     varchar(32)  not null,
    real_name                varchar(100) not null,
    id_number                char(18)     not null,
    lawyer_license_number    char(17),
    law_firm                 varchar(200),
    organization_name        varchar(200),
    organization_credit_code char(18),
    verified_mobile          varchar(20)  not null,
    created_at               timestamptz  not null,
    constraint party_identity_kind_ck check (kind in ('NATURAL_PERSON', 'LAWYER', 'ORGANIZATION_REPRESENTATIVE')),
    constraint party_identity_id_number_uk unique (id_number),
    constraint party_identity_lawyer_ck check (kind <> 'LAWYER'
        or (lawyer_license_number is not null and law_firm is not null)),
    constraint party_identity_organization_ck check (kind <> 'ORGANIZATION_REPRESENTATIVE'
        or (organization_name is not null and organization_credit_code is not null))
);
create unique index party_identity_lawyer_license_uk on party_identity (lawyer_license_number)
    where lawyer_license_number is not null;

-- One pending 短信验证码 per mobile number, stored only as a hash; a new code replaces the old one.
create table phone_verification (
    mobile     varchar(20) primary key,
    code_hash  char(64)    not null,
    expires_at timestamptz not null,
    attempts   int         not null default 0,
    created_at timestamptz not null,
    constraint phone_verification_attempts_ck check (attempts >= 0)
);

-- Development SMS gateway: messages are kept here and shown at /dev/sms-outbox in demo mode.
create table sms_outbox (
    id      bigint generated always as identity primary key,
    mobile  varchar(20)   not null,
    text    varchar(1000) not null,
    sent_at timestamptz   not null
);
create index sms_outbox_sent_idx on sms_outbox (sent_at desc);
