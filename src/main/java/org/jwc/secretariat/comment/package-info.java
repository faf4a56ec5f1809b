/**
 * Threaded comments on the records of a meeting (agenda items, proposals). A comment is seen by
 * whoever may see its record, except that comments made on a draft never leave the owner party.
 */
package org.jwc.secretariat.comment;
