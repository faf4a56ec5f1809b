/** The administrators' page of the security log. */
package org.jwc.secretariat.securitylog.ui;
