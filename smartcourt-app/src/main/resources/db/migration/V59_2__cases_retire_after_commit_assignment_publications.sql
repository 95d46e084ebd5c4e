-- The automatic draw after 立案 moved from an after-commit listener of CaseRegistered into the registration's own
-- transaction (issue 10: the after-commit listener took a second pooled connection and deadlocked the pool). Event
-- publications the old listener left incomplete can never be delivered: each resubmission logged "listener not found"
-- again. They move to the archive as they are (status kept, no completion date), so the record stays; their cases are
-- still 已立案 without a judge and wait in the 待分案 queue, where the draw is started by hand.
insert into event_publication_archive (id, listener_id, event_type, serialized_event, publication_date,
                                       completion_date, status, completion_attempts, last_resubmission_date)
select id, listener_id, event_type, serialized_event, publication_date, completion_date, status, completion_attempts,
       last_resubmission_date
  from event_publication
 where listener_id = 'org.smartcourt.cases.internal.assignment.AutomaticAssignment.on(org.smartcourt.cases.CaseRegistered)'
   and completion_date is null;

delete from event_publication
 where listener_id = 'org.smartcourt.cases.internal.assignment.AutomaticAssignment.on(org.smartcourt.cases.CaseRegistered)'
   and completion_date is null;
