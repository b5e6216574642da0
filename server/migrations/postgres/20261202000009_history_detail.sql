-- The values of a history entry the system writes (an approval's partnership, a payment, a
-- level change, a renewal's term, a roster's changes, an audit's numbers), as JSON
-- (app::api::HistoryDetail), so they can be shown in the reader's language. The note keeps
-- its English summary for the API; entries written before this column have none.
ALTER TABLE application_events ADD COLUMN detail TEXT;
ALTER TABLE partner_events ADD COLUMN detail TEXT;
