/** The import page of a past communiqué: its text pasted or uploaded, the preview to review, and the save. */
package org.jwc.secretariat.communique.past.ui;
