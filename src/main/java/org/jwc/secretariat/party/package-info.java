/** The committee's member parties (provinces and the autonomous region), their sides and history. */
package org.jwc.secretariat.party;
