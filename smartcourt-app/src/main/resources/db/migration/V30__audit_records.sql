-- Audit: append-only. A trigger refuses UPDATE, DELETE and TRUNCATE, so not even the application's own database role
-- can rewrite history; a production operator should also grant the application role only INSERT and SELECT.

create table audit_record (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz  not null,
    user_id       uuid,
    username      varchar(64)  not null,
    role          varchar(32),
    court_id      varchar(32),
    action        varchar(100) not null,
    target_type   varchar(50)  not null,
    target_id     varchar(100),
    outcome       varchar(10)  not null,
    detail        varchar(500),
    source_ip     varchar(45),
    request_id    varchar(64),
    constraint audit_record_outcome_ck check (outcome in ('SUCCESS', 'DENIED', 'FAILURE'))
);
create index audit_record_time_idx on audit_record (occurred_at desc);
create index audit_record_target_idx on audit_record (target_type, target_id);
create index audit_record_user_idx on audit_record (user_id, occurred_at desc);
create index audit_record_court_idx on audit_record (court_id, occurred_at desc);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_is_append_only();
