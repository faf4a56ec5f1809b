package org.jwc.secretariat.export;

import java.util.List;

/**
 * A part of an exported document: a heading, a paragraph, a table, a row of two parallel texts or the
 * signatures. Plain text only.
 */
public sealed interface Block {

    /** A heading of level 1 to 3; shows in Word's navigation pane and as a PDF heading. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading's level is 1, 2 or 3, not " + level);
            }
            text = Texts.required("heading", text);
        }
    }

    /** Running text; a line break in it starts a new line within the paragraph. */
    record Paragraph(String text, boolean centered) implements Block {
        public Paragraph {
            text = Texts.optional("paragraph", text);
        }

        public Paragraph(String text) {
            this(text, false);
        }

        /** A centred line or lines, as the mottos and dates at the top of an official text. */
        public static Paragraph centered(String text) {
            return new Paragraph(text, true);
        }
    }

    /** A table with a header row, repeated on each page it spans; every row has the header's width. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = Texts.noNulls("table header", header).stream().map(h -> Texts.optional("table header", h)).toList();
            if (header.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            var columns = header.size();
            rows = Texts.noNulls("table rows", rows).stream().map(row -> {
                if (row.size() != columns) {
                    throw new IllegalArgumentException("A table row has " + row.size() + " cells, the header "
                            + columns + ": " + row);
                }
                return Texts.noNulls("table cells", row).stream().map(c -> Texts.optional("table cell", c)).toList();
            }).toList();
        }
    }

    /**
     * One row of two texts side by side, as the Vietnamese and the Chinese text of a bilingual edition;
     * consecutive rows form one borderless layout of two equal columns. Either side may be empty; a line
     * break starts a new line as in a paragraph. Its role says how it looks.
     */
    record Parallel(String left, String right, Role role) implements Block {
        public Parallel {
            left = Texts.optional("parallel text", left);
            right = Texts.optional("parallel text", right);
            if (role == null) {
                throw new IllegalArgumentException("A parallel row needs a role");
            }
        }

        /** A heading row (bold) or a row of running text. */
        public Parallel(String left, String right, boolean heading) {
            this(left, right, heading ? Role.HEADING : Role.TEXT);
        }

        /**
         * TITLE heads each column with its own text's title, centred and as large as a document's
         * title, so that each column opens as that language's text does; CENTERED lines follow it
         * (a subtitle); HEADING is bold, TEXT running text.
         */
        public enum Role {
            TITLE, CENTERED, HEADING, TEXT;

            boolean centered() {
                return this == TITLE || this == CENTERED;
            }
        }
    }

    /** Side by side, each signatory's capacity, room to sign, and name: the end of a communiqué or minutes. */
    record Signatures(List<Signatory> signatories) implements Block {
        public Signatures {
            signatories = Texts.noNulls("signatories", signatories);
            if (signatories.isEmpty()) {
                throw new IllegalArgumentException("A signature block needs at least one signatory");
            }
        }
    }

    /** Who signs: in what capacity (may span lines) and their name. */
    record Signatory(String capacity, String name) {
        public Signatory {
            capacity = Texts.required("signatory's capacity", capacity);
            name = Texts.required("signatory's name", name);
        }
    }
}
