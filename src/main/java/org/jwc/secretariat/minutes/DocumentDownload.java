package org.jwc.secretariat.minutes;

/** A signed document's file as registered: its name, its type from its content, its bytes and their SHA-256. */
public record DocumentDownload(String fileName, String contentType, byte[] bytes, String sha256) {
}
