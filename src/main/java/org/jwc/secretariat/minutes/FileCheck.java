package org.jwc.secretariat.minutes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Sha256;
import org.jwc.secretariat.base.Validation;

/**
 * Judges an uploaded file by its bytes, never by its name or by the content type the browser
 * sends: a PDF starts with "%PDF-"; a DOCX is a ZIP holding "[Content_Types].xml" and
 * "word/document.xml". Its name must then end in that type's extension, so that whoever downloads
 * it opens it with the right program. Each refusal belongs to the "file" field.
 */
final class FileCheck {

    static final String FIELD = "file";
    static final int MAX_NAME = 255;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** Real documents name both parts within their first entries; a ZIP of thousands is no document. */
    private static final int MAX_ENTRIES = 1_000;
    /** Unpacked bytes read to reach those parts: bounds the work a small ZIP that unpacks to gigabytes can cause. */
    private static final long MAX_INFLATED = 64L * 1024 * 1024;

    private FileCheck() {
    }

    /** Reads and checks an upload of at most {@code maxBytes}; refused, nothing of it is kept. */
    static CheckedFile check(@Nullable String fileName, InputStream content, long maxBytes) {
        var name = name(fileName);
        var bytes = read(content, maxBytes);
        var type = typeOf(bytes);
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + type.extension())) {
            throw RefusedException.badInput(FIELD, "documents.error.wrongExtension", type.name(), type.extension());
        }
        return new CheckedFile(name, type, bytes, sha256(bytes));
    }

    /** The name without any folder a browser may send along, as the user sees it. */
    static String name(@Nullable String fileName) {
        var name = fileName == null ? null : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return Validation.required(FIELD, name, MAX_NAME);
    }

    /** All bytes, refusing an empty file and, without reading further, one over the limit. */
    static byte[] read(InputStream content, long maxBytes) {
        byte[] bytes;
        try (content) {
            bytes = content.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw RefusedException.badInput(FIELD, "documents.error.empty");
        }
        if (bytes.length > maxBytes) {
            throw RefusedException.badInput(FIELD, "documents.error.tooLarge", megabytes(maxBytes));
        }
        return bytes;
    }

    static DocumentType typeOf(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return DocumentType.PDF;
        }
        if (startsWith(bytes, ZIP) && isWordDocument(bytes)) {
            return DocumentType.DOCX;
        }
        throw RefusedException.badInput(FIELD, "documents.error.notPdfOrDocx");
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** The limit in whole megabytes (MiB) for the message, rounded down as a limit should be. */
    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    /**
     * Looks for the two parts by name, through every entry within the bounds: a Word file with
     * macros (a "word/vbaProject.bin" part, a .docm renamed) is refused on its own account.
     */
    private static boolean isWordDocument(byte[] bytes) {
        boolean contentTypes = false;
        boolean document = false;
        long inflated = 0;
        var skip = new byte[8192];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (int entries = 0; entries < MAX_ENTRIES; entries++) {
                var entry = zip.getNextEntry();
                if (entry == null) {
                    return contentTypes && document;
                }
                if (entry.getName().equals("word/vbaProject.bin")) {
                    throw RefusedException.badInput(FIELD, "documents.error.macros");
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                document |= entry.getName().equals("word/document.xml");
                // Reading the entry through here, not in getNextEntry, keeps the count of what is unpacked.
                for (int n; (n = zip.read(skip)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        return false;
                    }
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // A damaged ZIP, or one ZipInputStream cannot read (an odd name encoding): not a document we take.
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
