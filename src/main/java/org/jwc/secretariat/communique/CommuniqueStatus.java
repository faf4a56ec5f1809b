package org.jwc.secretariat.communique;

/** A communiqué is drafted until every leader approves one version; then it is final and locked. */
public enum CommuniqueStatus {
    DRAFT,
    FINAL
}
