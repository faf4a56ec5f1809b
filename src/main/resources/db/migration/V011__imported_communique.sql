-- A past meeting's communiqué imported from its text (approved on paper, before the platform):
-- final at once, without approvals, and replaceable by another import, unlike one made here.
ALTER TABLE communique ADD imported BOOLEAN NOT NULL DEFAULT FALSE;
