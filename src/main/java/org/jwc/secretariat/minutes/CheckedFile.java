package org.jwc.secretariat.minutes;

/** An uploaded file that passed every check, with its type taken from its bytes and its SHA-256 in hex. */
record CheckedFile(String name, DocumentType type, byte[] bytes, String sha256) {

    long size() {
        return bytes.length;
    }
}
