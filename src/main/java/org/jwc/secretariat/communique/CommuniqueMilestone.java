package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A step of the communiqué that the parties must hear of, published in the transaction that took
 * it: a version circulated (to every taking-part party), returned by a leader (to the host), or the
 * text made final (to every taking-part party).
 *
 * @param partyIds the parties to tell; never the actor, whose own screen already shows it
 */
public record CommuniqueMilestone(Milestone milestone, long meetingId, List<Long> partyIds, long actorUserId,
        String actorName, @Nullable Long actorPartyId, LocalizedText meetingTitle, String link) {

    public enum Milestone {
        CIRCULATED,
        RETURNED,
        FINAL
    }

    public CommuniqueMilestone {
        partyIds = List.copyOf(partyIds);
    }
}
