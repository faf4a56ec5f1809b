/** The communiqué pages: the host's editor of the bilingual draft, and the leaders' approval of circulated versions. */
package org.jwc.secretariat.communique.ui;
