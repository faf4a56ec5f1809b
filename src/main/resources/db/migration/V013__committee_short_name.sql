-- The committee's short name, for the top bar of every screen where the full name does not fit;
-- the full name stays on pages and in exports. Empty for an existing committee: its full name shows.
ALTER TABLE committee ADD short_name_vi VARCHAR(200);
ALTER TABLE committee ADD short_name_zh VARCHAR(200);
ALTER TABLE committee ADD short_name_en VARCHAR(200);
