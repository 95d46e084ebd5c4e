-- 财产保全 (module preservation): applications with their property and security, the measures taken, the documents
-- made, the expiry warnings sent (once per measure, expiry and lead) and a trail of what happened.

create table preservation_application (
    id                       uuid          primary key,
    court_id                 varchar(32)   not null,
    kind                     varchar(16)   not null,
    status                   varchar(20)   not null,
    urgent                   boolean       not null default false,
    urgent_reason            varchar(500),
    applicant_name           varchar(100)  not null,
    applicant_id_number      varchar(32),
    applicant_address        varchar(300)  not null,
    applicant_contact        varchar(50)   not null,
    respondent_name          varchar(100)  not null,
    respondent_id_number     varchar(32),
    respondent_address       varchar(300)  not null,
    respondent_contact       varchar(50),
    claim                    varchar(2000) not null,
    grounds                  varchar(4000) not null,
    amount_fen               bigint        not null,
    search_requested         boolean       not null default false,
    security_kind            varchar(24),
    security_amount_fen      bigint,
    security_provider        varchar(200),
    security_reference       varchar(200),
    no_security_ground       varchar(40),
    required_security_fen    bigint,
    security_reason          varchar(500),
    security_given_at        timestamptz,
    fee_fen                  bigint        not null,
    fee_paid                 boolean       not null default false,
    review_case_id           uuid,
    review_case_number       varchar(64),
    litigation_case_id       uuid,
    litigation_case_number   varchar(64),
    enforcement_case_id      uuid,
    enforcement_case_number  varchar(64),
    filed_by                 varchar(64)   not null,
    filed_role               varchar(24)   not null,
    filed_at                 timestamptz   not null,
    idempotency_key          varchar(100),
    clock_start              timestamptz   not null,
    ruling_due_at            timestamptz   not null,
    ruled_at                 timestamptz,
    ruled_by                 varchar(64),
    ruling_reason            varchar(2000),
    enforcement_due_at       timestamptz,
    enforced_at              timestamptz,
    review_requested_on      date,
    review_reason            varchar(2000),
    review_due_on            date,
    review_decided_at        timestamptz,
    review_outcome           varchar(16),
    review_note              varchar(2000),
    converted_on             date,
    version                  integer       not null default 0
);

create unique index preservation_application_idem_uk on preservation_application (filed_by, idempotency_key)
    where idempotency_key is not null;
create index preservation_application_court_ix on preservation_application (court_id, status);
create index preservation_application_case_ix on preservation_application (litigation_case_id);

create table preservation_property (
    application_id        uuid          not null references preservation_application (id),
    seq                   integer       not null,
    kind                  varchar(16)   not null,
    description           varchar(500)  not null,
    identifier            varchar(200),
    estimated_value_fen   bigint,
    lead_only             boolean       not null default false,
    constraint preservation_property_pk primary key (application_id, seq)
);

create table preservation_measure (
    id                      uuid          primary key,
    application_id          uuid          not null references preservation_application (id),
    property_seq            integer       not null,
    kind                    varchar(16)   not null,
    object_kind             varchar(16)   not null,
    object_description      varchar(500)  not null,
    amount_fen              bigint,
    status                  varchar(16)   not null,
    start_date              date,
    expiry_date             date,
    rule_id                 varchar(64)   not null,
    renewals                integer       not null default 0,
    renewal_requested_on    date,
    suit_deadline           date,
    lapsed_on               date,
    lifted_on               date,
    lift_reason             varchar(1000),
    constraint preservation_measure_property_fk foreign key (application_id, property_seq)
        references preservation_property (application_id, seq)
);

create index preservation_measure_expiry_ix on preservation_measure (status, expiry_date);

create table preservation_document (
    application_id   uuid          not null references preservation_application (id),
    sha256           varchar(64)   not null,
    kind             varchar(24)   not null,
    title            varchar(200)  not null,
    created_at       timestamptz   not null,
    constraint preservation_document_pk primary key (application_id, sha256)
);

create table preservation_warning (
    measure_id     uuid          not null references preservation_measure (id),
    expiry_date    date          not null,
    lead_days      integer       not null,
    sent_on        date          not null,
    constraint preservation_warning_pk primary key (measure_id, expiry_date, lead_days)
);

create table preservation_event (
    id               uuid          primary key,
    application_id   uuid          not null references preservation_application (id),
    at               timestamptz   not null,
    actor            varchar(64),
    kind             varchar(32)   not null,
    summary          varchar(2000) not null
);

create index preservation_event_application_ix on preservation_event (application_id, at);
