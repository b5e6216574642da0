-- The reviewers' queue filters by status and category and sorts by submission time.
CREATE INDEX applications_status_submitted ON applications (status, submitted_at);
CREATE INDEX applications_category_submitted ON applications (category, submitted_at);
CREATE INDEX applications_submitted ON applications (submitted_at);
