-- Deadlines: the holiday calendar (节假日安排). Reference rows come from reference/deadlines/holidays.csv, loaded at
-- start-up by HolidayReferenceLoader; the IT admin's corrections (source ADMIN) win over the file and survive
-- reloads. kind CLEARED is an admin correction back to an ordinary day.

create table deadline_calendar_day (
    day        date         primary key,
    kind       varchar(8)   not null,
    name       varchar(50)  not null,
    source     varchar(10)  not null,
    reason     varchar(300) not null,
    changed_by varchar(64)  not null,
    changed_at timestamptz  not null,
    constraint deadline_calendar_day_kind_ck check (kind in ('REST', 'WORKDAY', 'CLEARED')),
    constraint deadline_calendar_day_source_ck check (source in ('REFERENCE', 'ADMIN'))
);

-- the years whose whole arrangement is loaded; a year missing here triggers the holidayCalendar health warning
create table deadline_calendar_year (
    year      integer      primary key,
    source    varchar(300) not null,
    loaded_at timestamptz  not null
);
