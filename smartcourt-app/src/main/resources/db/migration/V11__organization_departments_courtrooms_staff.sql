-- Organization: each court's departments (庭室), courtrooms (法庭) and staff (人员). Rows are never deleted, only
-- deactivated, so that cases and audit records keep pointing at what existed. Every row carries a version for
-- optimistic locking. Staff link to accounts only by username: no foreign key into another module's tables.

create table department (
    id        uuid         primary key,
    court_id  varchar(32)  not null references court (id),
    name      varchar(50)  not null,
    kind      varchar(20)  not null,
    active    boolean      not null default true,
    version   bigint       not null default 0,
    constraint department_kind_ck check (kind in ('FILING', 'TRIAL', 'ENFORCEMENT', 'TRIAL_MANAGEMENT',
                                                  'TECHNOLOGY', 'ADMINISTRATION', 'OTHER'))
);
create unique index department_name_uk on department (court_id, name) where active;

create table courtroom (
    id          uuid         primary key,
    court_id    varchar(32)  not null references court (id),
    name        varchar(50)  not null,
    technology  boolean      not null,
    capacity    integer      not null,
    location    varchar(100),
    active      boolean      not null default true,
    version     bigint       not null default 0,
    constraint courtroom_capacity_ck check (capacity between 1 and 2000)
);
create unique index courtroom_name_uk on courtroom (court_id, name) where active;

create table staff_member (
    id               uuid         primary key,
    court_id         varchar(32)  not null references court (id),
    department_id    uuid         references department (id),
    name             varchar(50)  not null,
    position         varchar(30)  not null,
    username         varchar(64),
    case_categories  varchar(4)[] not null default '{}',
    active           boolean      not null default true,
    version          bigint       not null default 0,
    constraint staff_member_position_ck check (position in ('PRESIDENT', 'VICE_PRESIDENT', 'DIVISION_HEAD',
        'DEPUTY_DIVISION_HEAD', 'JUDGE', 'ASSISTANT', 'CLERK', 'PEOPLES_ASSESSOR', 'ENFORCEMENT_OFFICER',
        'JUDICIAL_POLICE', 'MEDIATOR', 'TECHNICIAN', 'ADMINISTRATOR')),
    constraint staff_member_case_categories_ck check (case_categories <@ array['0100', '0200', '0300', '0400',
        '0500', '0600', '0700', '0800', '0900', '1000', '1100']::varchar(4)[])
);
create unique index staff_member_username_uk on staff_member (username) where username is not null and active;
create index staff_member_court_idx on staff_member (court_id);
create index department_court_idx on department (court_id);
create index courtroom_court_idx on courtroom (court_id);
