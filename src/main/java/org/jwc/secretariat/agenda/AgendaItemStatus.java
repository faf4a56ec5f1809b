package org.jwc.secretariat.agenda;

/** Draft (its party only) → submitted → placed on the official agenda or declined; or withdrawn. */
public enum AgendaItemStatus {
    DRAFT,
    SUBMITTED,
    PLACED,
    DECLINED,
    WITHDRAWN
}
