/** Documents of the committee (minutes, communiqué, reports) written out as DOCX and as PDF, in any of its languages. */
package org.jwc.secretariat.export;
