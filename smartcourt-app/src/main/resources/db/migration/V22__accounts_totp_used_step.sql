-- The last 动态口令 time step each account used: RFC 6238 section 5.2 forbids accepting the same code twice.
create table totp_used_step (
    user_id   uuid   primary key references user_account (id) on delete cascade,
    last_step bigint not null
);
