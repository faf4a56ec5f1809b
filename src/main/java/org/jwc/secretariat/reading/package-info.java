/** What each user last looked at of a record, so that the record can show them what changed since. */
package org.jwc.secretariat.reading;
