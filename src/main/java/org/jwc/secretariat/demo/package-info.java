/** Demo data true to the committee's history, loaded in development only (profile "demo"). */
package org.jwc.secretariat.demo;
