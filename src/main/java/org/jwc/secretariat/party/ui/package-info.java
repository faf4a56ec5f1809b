/** Administration of the parties. */
package org.jwc.secretariat.party.ui;
