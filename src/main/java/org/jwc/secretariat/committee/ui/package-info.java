/** Administration of the committee's name. */
package org.jwc.secretariat.committee.ui;
