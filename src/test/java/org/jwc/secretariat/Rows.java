package org.jwc.secretariat;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every table holds, in one query: its row count and, where rows carry an optimistic-locking
 * version, the sum of the versions. Two equal snapshots mean nothing was inserted, deleted or
 * updated in between, which is how the bad-input tests see that a refusal saved nothing.
 */
public final class Rows {

    /** Written beside a request on their own (readings, notifications, sign-in records), never part of a form's save. */
    private static final Set<String> NOT_OURS = Set.of("flyway_schema_history", "event_publication",
            "user_notification", "record_reading");

    private final JdbcTemplate jdbc;
    private final List<String> names = new ArrayList<>();
    private final String query;

    public Rows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        var columns = new ArrayList<String>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            try (var tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    var table = tables.getString("TABLE_NAME");
                    if (NOT_OURS.contains(table.toLowerCase(Locale.ROOT)) || table.toLowerCase(Locale.ROOT).contains("security")) {
                        continue;
                    }
                    names.add(table + " rows");
                    columns.add("(SELECT COUNT(*) FROM " + table + ")");
                    try (var version = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                        while (version.next()) {
                            if (version.getString("COLUMN_NAME").equalsIgnoreCase("version")) {
                                names.add(table + " versions");
                                columns.add("(SELECT COALESCE(SUM(version), 0) FROM " + table + ")");
                            }
                        }
                    }
                }
            }
            return null;
        });
        if (columns.size() < 10) {
            throw new IllegalStateException("found only " + names + " in the schema");
        }
        query = "SELECT " + String.join(", ", columns);
    }

    public Snapshot snapshot() {
        var values = jdbc.queryForObject(query, (rs, n) -> {
            var row = new LinkedHashMap<String, Long>();
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), rs.getLong(i + 1));
            }
            return row;
        });
        return new Snapshot(values);
    }

    /** The tables' counts at one moment; {@link #changesSince} names what differs from an earlier one. */
    public record Snapshot(Map<String, Long> values) {

        public String changesSince(Snapshot before) {
            return values.entrySet().stream().filter(e -> !e.getValue().equals(before.values().get(e.getKey())))
                    .map(e -> e.getKey() + " " + before.values().get(e.getKey()) + " → " + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }
}
