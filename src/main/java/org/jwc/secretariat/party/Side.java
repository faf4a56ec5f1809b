package org.jwc.secretariat.party;

/** The two sides of the committee; every party belongs to one. */
public enum Side {
    VN,
    CN;

    public Side other() {
        return this == VN ? CN : VN;
    }
}
