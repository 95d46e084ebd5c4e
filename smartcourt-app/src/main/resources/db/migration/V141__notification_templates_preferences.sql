-- Notification templates (通知模板): seeded from reference/notification/templates/*.txt; the IT admin's edits make a
-- new version, and an edited template is never overwritten by its seed file again.
create table notification_template (
    code          varchar(100)  primary key,
    category      varchar(20)   not null,
    version       integer       not null,
    title         varchar(200)  not null,
    sms           varchar(500),
    body          varchar(4000) not null,
    placeholders  varchar(1000) not null,
    edited        boolean       not null default false,
    updated_at    timestamptz   not null,
    updated_by    uuid
);
create table notification_template_version (
    code        varchar(100)  not null references notification_template (code),
    version     integer       not null,
    category    varchar(20)   not null,
    title       varchar(200)  not null,
    sms         varchar(500),
    body        varchar(4000) not null,
    created_at  timestamptz   not null,
    created_by  uuid,
    primary key (code, version)
);

-- 通知偏好: the channels a person chose per category (no row: the defaults); mandatory categories never get a row
create table notification_preference (
    user_id   uuid         not null,
    category  varchar(20)  not null,
    channels  varchar(200) not null,
    primary key (user_id, category)
);
-- 免打扰时段 in Asia/Shanghai; start after end spans midnight
create table notification_quiet_hours (
    user_id  uuid  primary key,
    starts   time  not null,
    ends     time  not null
);
-- where a person is reached besides the platform inbox (the DingTalk user id of staff, an e-mail address, a mobile)
create table notification_contact (
    user_id           uuid          primary key,
    mobile            varchar(20),
    email             varchar(200),
    dingtalk_user_id  varchar(100),
    updated_at        timestamptz   not null
);
