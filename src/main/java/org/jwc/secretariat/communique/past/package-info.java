/**
 * The import of past communiqués, those of meetings held before the platform: their text, as
 * extracted from the signed PDF in Vietnamese or Chinese, read into a title, a preamble, numbered
 * sections mapped to areas and paragraphs with the parties they name, reviewed by the user and kept
 * by {@link org.jwc.secretariat.communique.ImportedCommuniques} as final. A part of the communiqué
 * module that uses only its public face, never the other way round (ModularityTests checks both);
 * its own public face is {@link PastCommuniqueImport} with what it reads ({@link ParsedCommunique}),
 * exposed to other modules as the named interface "past".
 */
@NamedInterface("past")
package org.jwc.secretariat.communique.past;

import org.springframework.modulith.NamedInterface;
