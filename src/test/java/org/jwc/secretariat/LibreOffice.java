package org.jwc.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless and pdftotext, as a reader's office software would open our DOCX files. CI
 * installs them (libreoffice-writer, poppler-utils, fonts-noto-cjk); on a developer's machine
 * without them the tests that need them are skipped.
 */
public final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 240;

    private LibreOffice() {
    }

    /** Converts DOCX files to PDF files of the same names in the directory. */
    public static void convertToPdf(Path dir, Path... docx) throws Exception {
        // Its own profile: a LibreOffice already open for the user, or a stale lock, would take the job.
        run(dir, Stream.concat(Stream.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", dir.toString()), Arrays.stream(docx).map(Path::toString))
                .toArray(String[]::new));
    }

    public static String pdfToText(Path dir, Path pdf) throws Exception {
        assertThat(pdf).exists();
        var text = dir.resolve(pdf.getFileName() + ".txt");
        run(dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString());
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws Exception {
        var log = dir.resolve(command[0] + ".log");
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took more than " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(log));
        }
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), Files.readString(log)).isZero();
    }

    /** In CI (CI is set) the tools must be there; on a developer's machine without them the test is skipped. */
    public static void requireTools() throws IOException {
        var missing = new ArrayList<String>();
        for (var tool : List.of("soffice", "pdftotext")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        MissingTool.report("Not found: " + missing + "; apt-get install libreoffice-writer poppler-utils fonts-noto-cjk");
    }

    private static boolean onPath(String tool) {
        var path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
